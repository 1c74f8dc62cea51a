import {
  subscribe,
  unsubscribe,
  onError,
  isEmpEnabled,
  empApiControl
} from "jest-mocks/lightning/empApi";
import * as platformEmpApi from "lightning/empApi";

const CHANNEL = "/event/RoutingOfferChanged__e";

describe("lightning/empApi stand-in", () => {
  afterEach(() => {
    empApiControl.reset();
  });

  it("is the module components get when they import lightning/empApi", () => {
    expect(platformEmpApi.subscribe).toBe(subscribe);
  });

  it("delivers a published payload only to subscribers of that channel", async () => {
    const onOffer = jest.fn();
    const onOther = jest.fn();
    await subscribe(CHANNEL, -1, onOffer);
    await subscribe("/event/Other__e", -1, onOther);

    empApiControl.publish(CHANNEL, { ConversationId__c: "a01" });

    expect(onOffer).toHaveBeenCalledTimes(1);
    expect(onOffer.mock.calls[0][0]).toEqual({
      channel: CHANNEL,
      data: { event: { replayId: 1 }, payload: { ConversationId__c: "a01" } }
    });
    expect(onOther).not.toHaveBeenCalled();
  });

  it("stops delivering after unsubscribe and reports whether it removed anything", async () => {
    const onOffer = jest.fn();
    const subscription = await subscribe(CHANNEL, -1, onOffer);
    const callback = jest.fn();

    await expect(unsubscribe(subscription, callback)).resolves.toEqual({
      successful: true
    });
    empApiControl.publish(CHANNEL, {});

    expect(onOffer).not.toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith({ successful: true });
    expect(empApiControl.subscribedChannels()).toEqual([]);
    await expect(unsubscribe(subscription)).resolves.toEqual({
      successful: false
    });
  });

  it("gives every subscription its own id, so unsubscribe releases only that one", async () => {
    const first = await subscribe(CHANNEL, -1, jest.fn());
    const second = await subscribe(CHANNEL, -1, jest.fn());
    await unsubscribe(first);
    const third = await subscribe(CHANNEL, -1, jest.fn());

    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
    await unsubscribe(third);
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
  });

  it("holds the next subscribe call until the test completes it", async () => {
    const held = empApiControl.holdNextSubscribe();
    expect(held.called).toBe(false);
    expect(() => held.resolve()).toThrow("subscribe has not been called yet");
    const settled = jest.fn();

    const pending = subscribe(CHANNEL, -1, jest.fn()).then(settled);
    await Promise.resolve();
    expect(held.called).toBe(true);
    expect(settled).not.toHaveBeenCalled();
    expect(empApiControl.subscribedChannels()).toEqual([]);

    held.resolve();
    await pending;
    expect(settled).toHaveBeenCalledWith(
      expect.objectContaining({ channel: CHANNEL, replayId: -1 })
    );
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    await expect(subscribe("/event/Other__e", -1, jest.fn())).resolves.toEqual(
      expect.objectContaining({ channel: "/event/Other__e" })
    );
  });

  it("fails a held subscribe call with the test's error", async () => {
    const held = empApiControl.holdNextSubscribe();
    const pending = subscribe(CHANNEL, -1, jest.fn());

    held.reject(new Error("403::denied"));

    await expect(pending).rejects.toThrow("403::denied");
    expect(empApiControl.subscribedChannels()).toEqual([]);
  });

  it("reports channel errors to every onError callback", () => {
    const first = jest.fn();
    const second = jest.fn();
    onError(first);
    onError(second);

    empApiControl.fail({ error: "403::Unknown client" });

    expect(first).toHaveBeenCalledWith({ error: "403::Unknown client" });
    expect(second).toHaveBeenCalledWith({ error: "403::Unknown client" });
  });

  it("can pretend streaming is switched off and forgets everything on reset", async () => {
    empApiControl.setEnabled(false);
    await expect(isEmpEnabled()).resolves.toBe(false);
    await subscribe(CHANNEL, -1, jest.fn());
    empApiControl.holdNextSubscribe();

    empApiControl.reset();

    await expect(isEmpEnabled()).resolves.toBe(true);
    expect(empApiControl.subscribedChannels()).toEqual([]);
    expect(subscribe).toHaveBeenCalledTimes(0);
    await expect(subscribe(CHANNEL, -1, jest.fn())).resolves.toEqual(
      expect.objectContaining({ id: "subscription-1" })
    );
  });
});
