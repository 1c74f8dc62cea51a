import { PresenceSession } from "../presenceSession";
import getMyPresence from "@salesforce/apex/RepPresenceController.getMyPresence";
import setMyStatus from "@salesforce/apex/RepPresenceController.setMyStatus";
import sendHeartbeat from "@salesforce/apex/RepPresenceController.sendHeartbeat";
import setPlaySoundOnOffer from "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer";
import { presence } from "./fixtures";
import type { Presence } from "../types";

jest.mock(
  "@salesforce/apex/RepPresenceController.getMyPresence",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepPresenceController.setMyStatus",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepPresenceController.sendHeartbeat",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer",
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const apex = {
  getMyPresence: jest.mocked(getMyPresence),
  setMyStatus: jest.mocked(setMyStatus),
  sendHeartbeat: jest.mocked(sendHeartbeat),
  setPlaySoundOnOffer: jest.mocked(setPlaySoundOnOffer)
};

/** A promise the test settles when it wants: an Apex answer still on its way. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

async function flush(): Promise<void> {
  await Array.from({ length: 10 }).reduce<Promise<void>>(
    (turn) => turn.then(() => undefined),
    Promise.resolve()
  );
}

function connectedSession() {
  const onPresence = jest.fn<undefined, [Presence]>();
  const onHeartbeatWarning = jest.fn<undefined, [string]>();
  const session = new PresenceSession({ onPresence, onHeartbeatWarning });
  session.connect();
  return { session, onPresence, onHeartbeatWarning };
}

const statusesShown = (onPresence: jest.Mock<undefined, [Presence]>) =>
  onPresence.mock.calls.map(([shown]) => shown.status);

describe("repConsole presence session", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    apex.sendHeartbeat.mockResolvedValue(presence({ status: "Available" }));
  });

  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
    Object.values(apex).forEach((mock) => mock.mockReset());
  });

  it("beats every 30 s while Available and stops when the rep leaves", async () => {
    const { session, onPresence } = connectedSession();
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    await session.refresh();

    jest.advanceTimersByTime(60_000);
    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(2);

    apex.setMyStatus.mockResolvedValue(presence({ status: "Busy" }));
    await session.setStatus("Busy");
    jest.advanceTimersByTime(60_000);
    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(2);
    expect(statusesShown(onPresence).at(-1)).toBe("Busy");
  });

  it("beats at once when the stored heartbeat is stale", async () => {
    const { session } = connectedSession();
    apex.getMyPresence.mockResolvedValue(
      presence({ status: "Available", online: false })
    );

    await session.refresh();

    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(1);
  });

  it("drops a heartbeat answer that was on its way when the rep changed status", async () => {
    const { session, onPresence } = connectedSession();
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    await session.refresh();
    const lateBeat = deferred<Presence>();
    apex.sendHeartbeat.mockReturnValueOnce(lateBeat.promise);
    jest.advanceTimersByTime(30_000);

    apex.setMyStatus.mockResolvedValue(presence({ status: "Offline" }));
    await session.setStatus("Offline");
    lateBeat.resolve(presence({ status: "Available" }));
    await flush();

    expect(statusesShown(onPresence)).toEqual(["Available", "Offline"]);
    jest.advanceTimersByTime(60_000);
    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(1);
  });

  it("applies nothing and starts no heartbeat once disconnected", async () => {
    const { session, onPresence } = connectedSession();
    const lateRead = deferred<Presence>();
    apex.getMyPresence.mockReturnValue(lateRead.promise);

    const refreshed = session.refresh();
    session.disconnect();
    lateRead.resolve(presence({ status: "Available" }));
    await refreshed;
    jest.advanceTimersByTime(60_000);

    expect(onPresence).not.toHaveBeenCalled();
    expect(apex.sendHeartbeat).not.toHaveBeenCalled();
  });

  it("warns when a beat fails and clears the warning when one works", async () => {
    const { session, onHeartbeatWarning } = connectedSession();
    apex.getMyPresence.mockResolvedValue(
      presence({ status: "Available", heartbeatGraceSeconds: 120 })
    );
    await session.refresh();
    apex.sendHeartbeat.mockRejectedValueOnce(new Error("Failed to fetch"));

    jest.advanceTimersByTime(30_000);
    await flush();
    expect(onHeartbeatWarning).toHaveBeenLastCalledWith(
      expect.stringContaining("Heartbeat failed (Failed to fetch)")
    );
    expect(onHeartbeatWarning).toHaveBeenLastCalledWith(
      expect.stringContaining("120 s")
    );

    jest.advanceTimersByTime(30_000);
    await flush();
    expect(onHeartbeatWarning).toHaveBeenLastCalledWith("");
  });

  it("rejects a failed write and applies nothing", async () => {
    const { session, onPresence } = connectedSession();
    apex.setPlaySoundOnOffer.mockRejectedValue({ body: { message: "Denied" } });

    await expect(session.setPlaySound(true)).rejects.toEqual({
      body: { message: "Denied" }
    });
    expect(apex.setPlaySoundOnOffer).toHaveBeenCalledWith({ playSound: true });
    expect(onPresence).not.toHaveBeenCalled();
  });
});
