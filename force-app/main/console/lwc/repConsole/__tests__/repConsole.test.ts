import { createElement } from "lwc";
import RepConsole from "../repConsole";
import { empApiControl, subscribe } from "jest-mocks/lightning/empApi";
import {
  EnclosingUtilityId,
  open,
  updateUtility
} from "jest-mocks/lightning/platformUtilityBarApi";
import getMyPresence from "@salesforce/apex/RepPresenceController.getMyPresence";
import setMyStatus from "@salesforce/apex/RepPresenceController.setMyStatus";
import sendHeartbeat from "@salesforce/apex/RepPresenceController.sendHeartbeat";
import setPlaySoundOnOffer from "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer";
import getMyOffers from "@salesforce/apex/RepConsoleController.getMyOffers";
import acceptOffer from "@salesforce/apex/RepConsoleController.acceptOffer";
import declineOffer from "@salesforce/apex/RepConsoleController.declineOffer";
import expireOffer from "@salesforce/apex/RepConsoleController.expireOffer";
import closeConversation from "@salesforce/apex/RepConsoleController.closeConversation";
import getMyConversationsToday from "@salesforce/apex/RepConsoleController.getMyConversationsToday";
import {
  CLIENT_NOW,
  OTHER_REP_ID,
  USER_ID,
  conversation,
  offer,
  offerList,
  outcome,
  presence
} from "./fixtures";

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
jest.mock(
  "@salesforce/apex/RepConsoleController.getMyOffers",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepConsoleController.acceptOffer",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepConsoleController.declineOffer",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepConsoleController.expireOffer",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepConsoleController.closeConversation",
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  "@salesforce/apex/RepConsoleController.getMyConversationsToday",
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const CHANNEL = "/event/RoutingOfferChanged__e";
const OFFER_ID = "a02000000000001AAA";

const apex = {
  getMyPresence: jest.mocked(getMyPresence),
  setMyStatus: jest.mocked(setMyStatus),
  sendHeartbeat: jest.mocked(sendHeartbeat),
  setPlaySoundOnOffer: jest.mocked(setPlaySoundOnOffer),
  getMyOffers: jest.mocked(getMyOffers),
  acceptOffer: jest.mocked(acceptOffer),
  declineOffer: jest.mocked(declineOffer),
  expireOffer: jest.mocked(expireOffer),
  closeConversation: jest.mocked(closeConversation),
  getMyConversationsToday: jest.mocked(getMyConversationsToday)
};

async function flush(): Promise<void> {
  // Enough microtask turns for the console's chained Apex calls and re-renders.
  await Array.from({ length: 30 }).reduce<Promise<void>>(
    (turn) => turn.then(() => undefined),
    Promise.resolve()
  );
}

async function advance(ms: number): Promise<void> {
  jest.advanceTimersByTime(ms);
  await flush();
}

async function mount(): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  const element = createElement("c-rep-console", { is: RepConsole });
  document.body.appendChild(element);
  EnclosingUtilityId.emit("utility-1");
  await flush();
  return element as HTMLElement & { shadowRoot: ShadowRoot };
}

function q(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot?.querySelector(selector) ?? null;
}

/** Inside the presence panel (status, capacity, sound, sign out). */
function inPresence(
  element: HTMLElement,
  selector: string
): HTMLElement | null {
  return (
    q(element, "c-rep-console-presence")?.shadowRoot?.querySelector(selector) ??
    null
  );
}

/** Rows of "My conversations today". */
function conversationRows(element: HTMLElement): HTMLElement[] {
  return [
    ...(q(
      element,
      "c-rep-console-conversations"
    )?.shadowRoot?.querySelectorAll<HTMLElement>('[data-id="conversation"]') ??
      [])
  ];
}

function cards(element: HTMLElement): HTMLElement[] {
  return [
    ...(element.shadowRoot?.querySelectorAll<HTMLElement>(
      "c-rep-console-offer-card"
    ) ?? [])
  ];
}

function inCard(card: HTMLElement, selector: string): HTMLElement | null {
  return card.shadowRoot?.querySelector(selector) ?? null;
}

function text(element: HTMLElement | null): string {
  return element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}

function publish(kind: string, recipients: string[], extra = {}): void {
  empApiControl.publish(CHANNEL, {
    Kind__c: kind,
    ConversationId__c: "a01000000000001AAA",
    OfferIds__c: OFFER_ID,
    RecipientIds__c: recipients.join(";"),
    ...extra
  });
}

async function changeStatus(element: HTMLElement, value: string) {
  inPresence(element, "lightning-combobox")?.dispatchEvent(
    new CustomEvent("change", { detail: { value } })
  );
  await flush();
}

/** An Available rep with one pending offer on screen. */
async function mountWithOffer() {
  apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
  apex.getMyOffers.mockResolvedValue(offerList([offer()]));
  const element = await mount();
  expect(cards(element)).toHaveLength(1);
  return element;
}

function click(card: HTMLElement, dataId: string): void {
  inCard(card, `lightning-button[data-id="${dataId}"]`)?.dispatchEvent(
    new CustomEvent("click")
  );
}

/** A Web Audio stand-in; returns the oscillators' start mock (one call per chime). */
function installFakeAudio(): jest.Mock {
  const start = jest.fn();
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    createOscillator() {
      return {
        frequency: { value: 0 },
        connect: jest.fn(),
        start,
        stop: jest.fn()
      };
    }
    createGain() {
      return { gain: { value: 0 }, connect: jest.fn() };
    }
    close() {
      return Promise.resolve();
    }
  }
  Object.assign(globalThis, { AudioContext: FakeAudioContext });
  return start;
}

describe("c-rep-console", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(CLIENT_NOW);
    apex.getMyPresence.mockResolvedValue(presence());
    apex.getMyOffers.mockResolvedValue(offerList([]));
    apex.getMyConversationsToday.mockResolvedValue([]);
  });

  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    empApiControl.reset();
    delete (globalThis as { AudioContext?: unknown }).AudioContext;
    jest.clearAllTimers();
    jest.useRealTimers();
    Object.values(apex).forEach((mock) => mock.mockReset());
    [open, updateUtility].forEach((mock) => mock.mockClear());
  });

  it("shows the status and capacity as 1 of 3 conversations", async () => {
    const element = await mount();

    expect(inPresence(element, "lightning-combobox")).toHaveProperty(
      "value",
      "Offline"
    );
    expect(text(inPresence(element, '[data-id="capacity"]'))).toBe(
      "1 of 3 conversations"
    );
    expect(subscribe).not.toHaveBeenCalled();
  });

  it("subscribes and sends a heartbeat every 30 s once the rep goes Available", async () => {
    const element = await mount();
    apex.setMyStatus.mockResolvedValue(presence({ status: "Available" }));
    apex.sendHeartbeat.mockResolvedValue(presence({ status: "Available" }));

    await changeStatus(element, "Available");

    expect(apex.setMyStatus).toHaveBeenCalledWith({ status: "Available" });
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    await advance(30_000);
    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(1);
    await advance(30_000);
    expect(apex.sendHeartbeat).toHaveBeenCalledTimes(2);
  });

  it("warns when the heartbeat fails and clears the warning when it works again", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();
    apex.sendHeartbeat.mockRejectedValueOnce({
      body: { message: "Your session has expired." }
    });

    await advance(30_000);
    expect(text(q(element, '[data-id="heartbeat-warning"]'))).toContain(
      "Your session has expired."
    );

    apex.sendHeartbeat.mockResolvedValue(presence({ status: "Available" }));
    await advance(30_000);
    expect(q(element, '[data-id="heartbeat-warning"]')).toBeNull();
  });

  it("unsubscribes and stops the heartbeat when the rep leaves Available", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    apex.setMyStatus.mockResolvedValue(presence({ status: "Busy" }));

    await changeStatus(element, "Busy");

    expect(empApiControl.subscribedChannels()).toEqual([]);
    await advance(60_000);
    expect(apex.sendHeartbeat).not.toHaveBeenCalled();
  });

  it("unsubscribes when the console is removed from the page", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();

    document.body.removeChild(element);
    await flush();

    expect(empApiControl.subscribedChannels()).toEqual([]);
  });

  it("fetches and announces an offer when an event names this rep", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();
    apex.getMyOffers.mockClear();
    apex.getMyOffers.mockResolvedValue(offerList([offer()]));

    publish("Offered", [OTHER_REP_ID, USER_ID]);
    await flush();

    expect(apex.getMyOffers).toHaveBeenCalledTimes(1);
    expect(cards(element)).toHaveLength(1);
    expect(text(q(element, '[data-id="announcer"]'))).toBe(
      "New visitor offer: Jane Doe from Acme"
    );
    expect(open).toHaveBeenCalledWith("utility-1", { autoFocus: false });
    expect(updateUtility).toHaveBeenLastCalledWith("utility-1", {
      label: "Visitor Routing (1)",
      highlighted: true
    });
  });

  it("ignores an event that names only another rep", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();
    apex.getMyOffers.mockClear();

    publish("Offered", [OTHER_REP_ID]);
    await flush();

    expect(apex.getMyOffers).not.toHaveBeenCalled();
    expect(cards(element)).toHaveLength(0);
  });

  it("counts down from the server's clock, not the browser's", async () => {
    const element = await mountWithOffer();

    // expiresAt 10:00:35 server time, serverNow 10:00:05: 30 s left although the browser says 35.
    expect(cards(element)[0]).toHaveProperty("offer.countdown", "0:30");
    await advance(10_000);
    expect(cards(element)[0]).toHaveProperty("offer.countdown", "0:20");
  });

  it("shows newest offers first", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    apex.getMyOffers.mockResolvedValue(
      offerList([
        offer({ offerId: "older", offeredAt: "2026-03-02T10:00:01.000Z" }),
        offer({ offerId: "newer", offeredAt: "2026-03-02T10:00:03.000Z" })
      ])
    );
    const element = await mount();

    expect(
      cards(element).map(
        (card) =>
          (card as unknown as { offer: { offerId: string } }).offer.offerId
      )
    ).toEqual(["newer", "older"]);
    expect(text(q(element, '[data-id="announcer"]'))).toBe(
      "2 new visitor offers"
    );
  });

  it("turns the card into a claimed conversation when the accept wins", async () => {
    const element = await mountWithOffer();
    apex.acceptOffer.mockResolvedValue(
      outcome("claimed", "You have the visitor")
    );
    apex.getMyConversationsToday.mockResolvedValue([conversation()]);
    apex.getMyPresence.mockResolvedValue(
      presence({ status: "Available", openConversations: 2 })
    );

    click(cards(element)[0], "accept");
    await flush();

    expect(apex.acceptOffer).toHaveBeenCalledWith({ offerId: OFFER_ID });
    expect(cards(element)[0]).toHaveProperty("offer.phase", "claimed");
    expect(text(inPresence(element, '[data-id="capacity"]'))).toBe(
      "2 of 3 conversations"
    );
    expect(conversationRows(element)).toHaveLength(1);
    expect(updateUtility).toHaveBeenLastCalledWith("utility-1", {
      label: "Visitor Routing",
      highlighted: false
    });
  });

  it("closes a claimed conversation and frees capacity", async () => {
    const element = await mountWithOffer();
    apex.acceptOffer.mockResolvedValue(
      outcome("claimed", "You have the visitor")
    );
    click(cards(element)[0], "accept");
    await flush();
    apex.closeConversation.mockResolvedValue(undefined);
    apex.getMyPresence.mockResolvedValue(
      presence({ status: "Available", openConversations: 0 })
    );

    click(cards(element)[0], "close");
    await flush();

    expect(apex.closeConversation).toHaveBeenCalledWith({
      conversationId: "a01000000000001AAA"
    });
    expect(cards(element)).toHaveLength(0);
    expect(text(inPresence(element, '[data-id="capacity"]'))).toBe(
      "0 of 3 conversations"
    );
  });

  it("closes a conversation from today's list", async () => {
    apex.getMyConversationsToday.mockResolvedValue([conversation()]);
    const element = await mount();
    apex.closeConversation.mockRejectedValue({
      body: { message: "This conversation has already ended." }
    });

    conversationRows(element)[0]
      .querySelector('lightning-button[data-id="close"]')
      ?.dispatchEvent(new CustomEvent("click"));
    await flush();

    expect(apex.closeConversation).toHaveBeenCalledWith({
      conversationId: "a01000000000001AAA"
    });
    expect(text(q(element, '[data-id="error"]'))).toContain(
      "This conversation has already ended."
    );
  });

  it("says Taken by another rep when the accept loses the race, then removes the card", async () => {
    const element = await mountWithOffer();
    apex.acceptOffer.mockResolvedValue(
      outcome("taken", "Taken by another rep")
    );

    click(cards(element)[0], "accept");
    await flush();

    expect(text(inCard(cards(element)[0], '[data-id="ended-reason"]'))).toBe(
      "Taken by another rep"
    );
    await advance(5_000);
    expect(cards(element)).toHaveLength(0);
  });

  it("declines with the reason the rep gave", async () => {
    const element = await mountWithOffer();
    apex.declineOffer.mockResolvedValue(outcome("declined", "Declined"));
    const card = cards(element)[0];

    click(card, "decline");
    await flush();
    inCard(card, "lightning-textarea")?.dispatchEvent(
      new CustomEvent("change", { detail: { value: "  In a meeting " } })
    );
    click(card, "decline-confirm");
    await flush();

    expect(apex.declineOffer).toHaveBeenCalledWith({
      offerId: OFFER_ID,
      reason: "In a meeting"
    });
    expect(text(inCard(card, '[data-id="ended-reason"]'))).toBe("Declined");
  });

  it("signs out: goes Offline, then passes every waiting offer on", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    apex.getMyOffers.mockResolvedValue(
      offerList([offer(), offer({ offerId: "a02000000000002AAA" })])
    );
    const element = await mount();
    apex.setMyStatus.mockResolvedValue(presence({ status: "Offline" }));
    apex.declineOffer.mockImplementation(({ offerId }) =>
      Promise.resolve(outcome("declined", "Declined", offerId))
    );

    inPresence(element, '[data-id="sign-out"]')?.dispatchEvent(
      new CustomEvent("click")
    );
    await flush();

    expect(apex.setMyStatus).toHaveBeenCalledWith({ status: "Offline" });
    expect(apex.setMyStatus.mock.invocationCallOrder[0]).toBeLessThan(
      apex.declineOffer.mock.invocationCallOrder[0]
    );
    expect(apex.declineOffer.mock.calls).toEqual([
      [{ offerId: OFFER_ID, reason: "Signed out" }],
      [{ offerId: "a02000000000002AAA", reason: "Signed out" }]
    ]);
    expect(empApiControl.subscribedChannels()).toEqual([]);
    expect(text(q(element, '[data-id="announcer"]'))).toBe(
      "Signed out: you are Offline"
    );
    expect(inPresence(element, '[data-id="sign-out"]')).toBeNull();
  });

  it("keeps the offers when signing out fails", async () => {
    const element = await mountWithOffer();
    apex.setMyStatus.mockRejectedValue(new Error("Network error"));

    inPresence(element, '[data-id="sign-out"]')?.dispatchEvent(
      new CustomEvent("click")
    );
    await flush();

    expect(apex.declineOffer).not.toHaveBeenCalled();
    expect(cards(element)[0]).toHaveProperty("offer.phase", "pending");
    expect(text(q(element, '[data-id="error"]'))).toBe(
      "Status not changed: Network error"
    );
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
  });

  it("shows expired at zero and tells the server once", async () => {
    const element = await mountWithOffer();
    apex.expireOffer.mockResolvedValue(outcome("expired", "The offer expired"));

    await advance(31_000);

    expect(apex.expireOffer).toHaveBeenCalledTimes(1);
    expect(apex.expireOffer).toHaveBeenCalledWith({ offerId: OFFER_ID });
    expect(text(inCard(cards(element)[0], '[data-id="ended-reason"]'))).toBe(
      "The offer expired"
    );
    await advance(5_000);
    expect(apex.expireOffer).toHaveBeenCalledTimes(1);
    expect(cards(element)).toHaveLength(0);
  });

  it("reopens the card when the server says the offer is still pending", async () => {
    const element = await mountWithOffer();
    apex.expireOffer.mockResolvedValue(
      outcome("pending", "The offer is still open")
    );
    apex.getMyOffers.mockResolvedValue(
      offerList(
        [offer({ expiresAt: "2026-03-02T10:00:45.000Z" })],
        "2026-03-02T10:00:35.000Z"
      )
    );

    await advance(31_000);

    expect(cards(element)[0]).toHaveProperty("offer.phase", "pending");
    expect(cards(element)[0]).toHaveProperty("offer.countdown", "0:10");
  });

  it("removes an offer withdrawn because another rep claimed the visitor", async () => {
    const element = await mountWithOffer();
    // The event alone ends the card: the list it triggers never arrives.
    apex.getMyOffers.mockReturnValue(new Promise(() => undefined));

    publish("Ended", [OTHER_REP_ID, USER_ID], { Reason__c: "Claimed" });
    await flush();

    expect(text(inCard(cards(element)[0], '[data-id="ended-reason"]'))).toBe(
      "Taken by another rep"
    );
    expect(text(q(element, '[data-id="announcer"]'))).toBe(
      "Jane Doe: Taken by another rep"
    );
    await advance(5_000);
    expect(cards(element)).toHaveLength(0);
  });

  it("removes an offer when the visitor cancelled", async () => {
    const element = await mountWithOffer();
    apex.getMyOffers.mockResolvedValue(offerList([]));

    publish("Ended", [USER_ID], { Reason__c: "Cancelled" });
    await flush();

    expect(text(inCard(cards(element)[0], '[data-id="ended-reason"]'))).toBe(
      "The visitor left"
    );
  });

  it("polls every 5 s when the subscription fails and goes live again when the channel returns", async () => {
    subscribe.mockRejectedValueOnce(
      new Error("403::Organization total events daily limit exceeded")
    );
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();

    expect(text(q(element, '[data-id="polling"]'))).toBe(
      "live updates unavailable — checking every 5 s"
    );
    apex.getMyOffers.mockClear();
    apex.getMyOffers.mockResolvedValue(offerList([offer()]));
    await advance(5_000);
    expect(apex.getMyOffers).toHaveBeenCalledTimes(1);
    expect(cards(element)).toHaveLength(1);

    await advance(25_000);
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    expect(text(q(element, '[data-id="polling"]'))).toBe("");
    apex.getMyOffers.mockClear();
    await advance(10_000);
    expect(apex.getMyOffers).not.toHaveBeenCalled();
  });

  it("falls back to polling when the channel reports an error", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();

    empApiControl.fail({ error: "403::Unknown client" });
    await flush();

    expect(text(q(element, '[data-id="polling"]'))).toContain(
      "checking every 5 s"
    );
    expect(empApiControl.subscribedChannels()).toEqual([]);
  });

  it("polls when empApi is not enabled", async () => {
    empApiControl.setEnabled(false);
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();

    expect(text(q(element, '[data-id="polling"]'))).toContain(
      "checking every 5 s"
    );
    expect(subscribe).not.toHaveBeenCalled();
  });

  it("shows Apex errors inline with their message", async () => {
    apex.getMyPresence.mockRejectedValue({
      body: { message: "You are not set up as a Visitor Routing rep." }
    });
    const element = await mount();

    expect(text(q(element, '[data-id="error"]'))).toBe(
      "Presence unavailable: You are not set up as a Visitor Routing rep."
    );
    q(element, "lightning-button-icon")?.dispatchEvent(
      new CustomEvent("click")
    );
    await flush();
    expect(q(element, '[data-id="error"]')).toBeNull();
  });

  it("keeps the status and explains when it cannot be changed", async () => {
    const element = await mount();
    apex.setMyStatus.mockRejectedValue({
      body: { message: "Status must be Available, Busy, Away or Offline." }
    });

    await changeStatus(element, "Available");

    expect(inPresence(element, "lightning-combobox")).toHaveProperty(
      "value",
      "Offline"
    );
    expect(text(q(element, '[data-id="error"]'))).toContain(
      "Status must be Available"
    );
  });

  it("shows an accept error on the card and lets the rep try again", async () => {
    const element = await mountWithOffer();
    apex.acceptOffer.mockRejectedValue(new Error("Network error"));

    click(cards(element)[0], "accept");
    await flush();

    expect(cards(element)[0]).toHaveProperty("offer.phase", "pending");
    expect(text(inCard(cards(element)[0], '[role="alert"]'))).toBe(
      "Network error"
    );
  });

  it("shows every error at once and clears one when its load works again", async () => {
    apex.getMyOffers.mockRejectedValue({
      body: { message: "No offer access" }
    });
    apex.getMyConversationsToday.mockRejectedValue({
      body: { message: "No conversation access" }
    });
    const element = await mount();

    expect(
      [...(q(element, '[data-id="error"]')?.querySelectorAll("p") ?? [])].map(
        (paragraph) => text(paragraph)
      )
    ).toEqual([
      "Offers could not be loaded: No offer access",
      "Conversations could not be loaded: No conversation access"
    ]);

    apex.getMyOffers.mockResolvedValue(offerList([]));
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    apex.setMyStatus.mockResolvedValue(presence({ status: "Available" }));
    await changeStatus(element, "Available");

    expect(text(q(element, '[data-id="error"]'))).toBe(
      "Conversations could not be loaded: No conversation access"
    );
  });

  it("keeps a declined card ended when a list read before the decline arrives late", async () => {
    const element = await mountWithOffer();
    let deliverStaleList: (list: ReturnType<typeof offerList>) => void = () =>
      undefined;
    apex.getMyOffers.mockReturnValueOnce(
      new Promise((resolve) => {
        deliverStaleList = resolve;
      })
    );
    publish("Offered", [USER_ID]);
    await flush();
    apex.getMyOffers.mockResolvedValue(offerList([]));
    apex.declineOffer.mockResolvedValue(outcome("declined", "Declined"));
    const readsBeforeDecline = apex.getMyOffers.mock.calls.length;

    click(cards(element)[0], "decline");
    await flush();
    click(cards(element)[0], "decline-confirm");
    await flush();
    deliverStaleList(offerList([offer()]));
    await flush();

    expect(cards(element)[0]).toHaveProperty("offer.phase", "ended");
    expect(text(inCard(cards(element)[0], '[data-id="ended-reason"]'))).toBe(
      "Declined"
    );
    // The list on its way was dropped and read again.
    expect(apex.getMyOffers).toHaveBeenCalledTimes(readsBeforeDecline + 1);
  });

  it("labels the utility once its id arrives after the offers", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    apex.getMyOffers.mockResolvedValue(offerList([offer()]));
    const element = createElement("c-rep-console", { is: RepConsole });
    document.body.appendChild(element);
    await flush();
    expect(updateUtility).not.toHaveBeenCalled();

    EnclosingUtilityId.emit("utility-1");
    await flush();

    expect(updateUtility).toHaveBeenLastCalledWith("utility-1", {
      label: "Visitor Routing (1)",
      highlighted: true
    });
  });

  it("tries a refused utility label again at the next change", async () => {
    // The utility bar refuses the label with the count while the console starts.
    (updateUtility as jest.Mock).mockImplementation(
      (_id: string, attributes?: { label?: string }) =>
        Promise.resolve(attributes?.label !== "Visitor Routing (1)")
    );
    await mountWithOffer();
    expect(updateUtility).toHaveBeenLastCalledWith("utility-1", {
      label: "Visitor Routing (1)",
      highlighted: true
    });
    updateUtility.mockReset();
    updateUtility.mockResolvedValue(true);

    // The same single offer again: a label that had been set would not be sent twice.
    publish("Offered", [USER_ID]);
    await flush();

    expect(updateUtility).toHaveBeenCalledWith("utility-1", {
      label: "Visitor Routing (1)",
      highlighted: true
    });
  });

  it("reads the presence again when a status change fails", async () => {
    const element = await mount();
    apex.setMyStatus.mockRejectedValue(new Error("Network error"));
    apex.getMyPresence.mockClear();
    apex.getMyPresence.mockResolvedValue(presence({ status: "Busy" }));

    await changeStatus(element, "Available");

    expect(apex.getMyPresence).toHaveBeenCalledTimes(1);
    expect(inPresence(element, "lightning-combobox")).toHaveProperty(
      "value",
      "Busy"
    );
  });

  it("reads the offers once more when the rep leaves Available", async () => {
    const element = await mountWithOffer();
    apex.getMyOffers.mockClear();
    apex.setMyStatus.mockResolvedValue(presence({ status: "Busy" }));

    await changeStatus(element, "Busy");

    expect(apex.getMyOffers).toHaveBeenCalledTimes(1);
  });

  it("saves the sound setting and plays a sound for a new offer when it is on", async () => {
    const element = await mount();
    apex.setPlaySoundOnOffer.mockResolvedValue(
      presence({ playSoundOnOffer: true, status: "Available" })
    );
    const start = installFakeAudio();

    inPresence(element, "lightning-input")?.dispatchEvent(
      new CustomEvent("change", { detail: { checked: true } })
    );
    await flush();
    apex.getMyOffers.mockResolvedValue(offerList([offer()]));
    publish("Offered", [USER_ID]);
    await flush();

    expect(apex.setPlaySoundOnOffer).toHaveBeenCalledWith({ playSound: true });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("plays no sound for a new offer while the setting is off", async () => {
    apex.getMyPresence.mockResolvedValue(presence({ status: "Available" }));
    const element = await mount();
    const start = installFakeAudio();
    apex.getMyOffers.mockResolvedValue(offerList([offer()]));

    publish("Offered", [USER_ID]);
    await flush();

    expect(cards(element)).toHaveLength(1);
    expect(start).not.toHaveBeenCalled();
  });

  it("explains when the sound setting cannot be saved", async () => {
    const element = await mount();
    apex.setPlaySoundOnOffer.mockRejectedValue({ body: { message: "Denied" } });

    inPresence(element, "lightning-input")?.dispatchEvent(
      new CustomEvent("change", { detail: { checked: true } })
    );
    await flush();

    expect(text(q(element, '[data-id="error"]'))).toBe(
      "Sound setting not saved: Denied"
    );
  });

  it("is accessible with offers and conversations", async () => {
    apex.getMyConversationsToday.mockResolvedValue([conversation()]);
    const element = await mountWithOffer();
    jest.useRealTimers();

    await expect(element).toBeAccessible();
  });
});
