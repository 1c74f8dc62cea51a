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

    empApiControl.reset();

    await expect(isEmpEnabled()).resolves.toBe(true);
    expect(empApiControl.subscribedChannels()).toEqual([]);
    expect(subscribe).toHaveBeenCalledTimes(0);
  });
});
