import {
  empApiControl,
  isEmpEnabled,
  onError,
  subscribe,
  unsubscribe
} from "jest-mocks/lightning/empApi";
import { OfferFeed, namesRecipient } from "../offerFeed";
import type { OfferFeedHandlers } from "../offerFeed";

const CHANNEL = "/event/RoutingOfferChanged__e";
const USER_ID = "005000000000000AAA";
const OTHER_REP = "005000000000001AAA";

describe("repConsole offer feed recipients", () => {
  it.each([
    ["005000000000000AAA;005000000000001AAA", "005000000000000AAA", true],
    ["005000000000000", "005000000000000AAA", true],
    ["005000000000001AAA", "005000000000000AAA", false],
    ["", "005000000000000AAA", false],
    [null, "005000000000000AAA", false]
  ])("recipients %p name %p: %p", (recipients, userId, expected) => {
    expect(namesRecipient({ RecipientIds__c: recipients }, userId)).toBe(
      expected
    );
  });
});

describe("repConsole OfferFeed", () => {
  let handlers: {
    onEvent: jest.Mock;
    onPoll: jest.Mock;
    onModeChange: jest.Mock;
  };
  let feed: OfferFeed;

  // Runs the fake clock forward, settling the promises the timers start.
  async function advance(ms: number): Promise<void> {
    await jest.advanceTimersByTimeAsync(ms);
  }

  function modes(): unknown[] {
    return handlers.onModeChange.mock.calls.map(([mode]) => mode);
  }

  beforeEach(() => {
    jest.useFakeTimers();
    handlers = {
      onEvent: jest.fn(),
      onPoll: jest.fn(),
      onModeChange: jest.fn()
    };
    feed = new OfferFeed(USER_ID, handlers satisfies OfferFeedHandlers);
  });

  afterEach(async () => {
    await feed.stop();
    empApiControl.reset();
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it("goes live on start and fetches the offers once after subscribing", async () => {
    await feed.start();

    expect(feed.mode).toBe("live");
    expect(modes()).toEqual(["connecting", "live"]);
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    // Neither the subscribe timeout nor a poll is left running.
    expect(jest.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);
  });

  it("subscribes to the offer event for new events only", async () => {
    await feed.start();

    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(subscribe).toHaveBeenCalledWith(
      "/event/RoutingOfferChanged__e",
      -1,
      expect.any(Function)
    );
  });

  it("starts once however often start is called", async () => {
    await Promise.all([feed.start(), feed.start()]);
    await feed.start();

    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(modes()).toEqual(["connecting", "live"]);
  });

  it("passes on the events that name this rep and ignores the others", async () => {
    await feed.start();
    const mine = {
      Kind__c: "Offered",
      ConversationId__c: "a01",
      RecipientIds__c: `${OTHER_REP};${USER_ID}`
    };

    empApiControl.publish(CHANNEL, {
      Kind__c: "Offered",
      ConversationId__c: "a02",
      RecipientIds__c: OTHER_REP
    });
    empApiControl.publish(CHANNEL, { Kind__c: "Offered" });
    empApiControl.publish(CHANNEL, mine);

    expect(handlers.onEvent).toHaveBeenCalledTimes(1);
    expect(handlers.onEvent).toHaveBeenCalledWith(mine);
  });

  it("polls every 5 s when subscribing fails and tries the channel again every 30 s", async () => {
    subscribe
      .mockRejectedValueOnce(new Error("403::denied"))
      .mockRejectedValueOnce(new Error("403::denied"));

    await feed.start();
    expect(feed.mode).toBe("polling");
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);

    await advance(4_999);
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(handlers.onPoll).toHaveBeenCalledTimes(2);

    await advance(24_999);
    expect(subscribe).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(handlers.onPoll).toHaveBeenCalledTimes(7);
    expect(feed.mode).toBe("polling");

    await advance(29_999);
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(handlers.onPoll).toHaveBeenCalledTimes(12);
  });

  it("stops polling once a retry goes live", async () => {
    subscribe.mockRejectedValueOnce(new Error("403::denied"));
    await feed.start();
    expect(feed.mode).toBe("polling");

    await advance(30_000);

    expect(feed.mode).toBe("live");
    expect(modes()).toEqual(["connecting", "polling", "live"]);
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    // The first poll, one every 5 s for 30 s, and the catch-up after subscribing.
    expect(handlers.onPoll).toHaveBeenCalledTimes(8);
    expect(jest.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(handlers.onPoll).toHaveBeenCalledTimes(8);
  });

  it("polls while the event channel is not enabled and goes live when it is", async () => {
    empApiControl.setEnabled(false);

    await feed.start();
    expect(feed.mode).toBe("polling");
    expect(subscribe).not.toHaveBeenCalled();

    await advance(30_000);
    expect(isEmpEnabled).toHaveBeenCalledTimes(2);
    expect(feed.mode).toBe("polling");

    empApiControl.setEnabled(true);
    await advance(30_000);
    expect(feed.mode).toBe("live");
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it("polls when subscribing has not finished after 10 s", async () => {
    empApiControl.holdNextSubscribe();

    const started = feed.start();
    await advance(9_999);
    expect(feed.mode).toBe("connecting");
    expect(handlers.onPoll).not.toHaveBeenCalled();
    await advance(1);
    await started;

    expect(feed.mode).toBe("polling");
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);
    // The 30 s retry is not blocked by the call that never finished.
    await advance(30_000);
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(feed.mode).toBe("live");
  });

  it("goes live on a subscription that arrives after the timeout", async () => {
    const held = empApiControl.holdNextSubscribe();
    const started = feed.start();
    await advance(10_000);
    await started;
    expect(feed.mode).toBe("polling");

    held.resolve();
    await advance(0);

    expect(feed.mode).toBe("live");
    expect(unsubscribe).not.toHaveBeenCalled();
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("releases a subscription that arrives after the timeout once a retry went live", async () => {
    const held = empApiControl.holdNextSubscribe();
    const started = feed.start();
    await advance(10_000);
    await started;
    await advance(30_000);
    expect(feed.mode).toBe("live");
    const retry: unknown = await subscribe.mock.results[1].value;

    held.resolve();
    await advance(0);

    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(unsubscribe.mock.calls[0][0]).not.toBe(retry);
    expect(unsubscribe.mock.calls[0][0]).toEqual(
      expect.objectContaining({ channel: CHANNEL })
    );
    expect(feed.mode).toBe("live");
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
  });

  it("releases a subscription that arrives after stop", async () => {
    const held = empApiControl.holdNextSubscribe();
    const started = feed.start();
    await advance(0);
    expect(held.called).toBe(true);

    await feed.stop();
    await started;
    expect(feed.mode).toBe("off");
    expect(jest.getTimerCount()).toBe(0);

    held.resolve();
    await advance(0);

    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(empApiControl.subscribedChannels()).toEqual([]);
    expect(handlers.onPoll).not.toHaveBeenCalled();
    expect(modes()).toEqual(["connecting", "off"]);
  });

  it("does not subscribe when stopped before the channel check answers", async () => {
    const started = feed.start();
    await feed.stop();
    await started;

    expect(subscribe).not.toHaveBeenCalled();
    expect(feed.mode).toBe("off");
    expect(jest.getTimerCount()).toBe(0);
  });

  it("goes live again after a restart while an old subscribe call hangs", async () => {
    empApiControl.holdNextSubscribe();
    const first = feed.start();
    await advance(0);
    await feed.stop();
    await first;

    await feed.start();

    expect(feed.mode).toBe("live");
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
  });

  it("unsubscribes and stops every timer on stop", async () => {
    await feed.start();
    const subscription: unknown = await subscribe.mock.results[0].value;

    await feed.stop();

    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(unsubscribe.mock.calls[0][0]).toBe(subscription);
    expect(empApiControl.subscribedChannels()).toEqual([]);
    expect(feed.mode).toBe("off");
    empApiControl.publish(CHANNEL, {
      ConversationId__c: "a01",
      RecipientIds__c: USER_ID
    });
    expect(handlers.onEvent).not.toHaveBeenCalled();
  });

  it("stops polling on stop", async () => {
    empApiControl.setEnabled(false);
    await feed.start();
    expect(feed.mode).toBe("polling");

    await feed.stop();
    await feed.stop();

    expect(jest.getTimerCount()).toBe(0);
    await advance(60_000);
    expect(handlers.onPoll).toHaveBeenCalledTimes(1);
    expect(isEmpEnabled).toHaveBeenCalledTimes(1);
    expect(modes()).toEqual(["connecting", "polling", "off"]);
  });

  it.each([
    [{ channel: "/meta/connect", error: "403::Unknown client" }],
    [
      {
        channel: "/meta/subscribe",
        subscription: CHANNEL,
        error: "403:denied_by_security_policy:create_denied"
      }
    ],
    [{ channel: CHANNEL, error: "Delivery allocation exceeded" }],
    [{ subscription: CHANNEL }],
    [{ error: "403::Unknown client" }],
    [{ channel: 42, subscription: null }],
    ["transport closed"],
    [null]
  ])(
    "falls back to polling on an error of its channel or the connection: %j",
    async (error) => {
      await feed.start();
      expect(handlers.onPoll).toHaveBeenCalledTimes(1);

      empApiControl.fail(error);
      await advance(0);

      expect(feed.mode).toBe("polling");
      expect(handlers.onPoll).toHaveBeenCalledTimes(2);
      expect(unsubscribe).toHaveBeenCalledTimes(1);
      expect(empApiControl.subscribedChannels()).toEqual([]);
      await advance(30_000);
      expect(feed.mode).toBe("live");
    }
  );

  it.each([
    [
      {
        channel: "/meta/subscribe",
        subscription: "/event/Other__e",
        error: "403:denied_by_security_policy:create_denied"
      }
    ],
    [{ subscription: "/event/Other__e", error: "400::invalid replay id" }],
    [{ channel: "/data/AccountChangeEvent", error: "Delivery failed" }],
    [{ channel: "/topic/OpenCases", error: "Delivery failed" }]
  ])("stays live on another channel's error: %j", async (error) => {
    await feed.start();

    empApiControl.fail(error);
    await advance(0);

    expect(feed.mode).toBe("live");
    expect(unsubscribe).not.toHaveBeenCalled();
    expect(empApiControl.subscribedChannels()).toEqual([CHANNEL]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("registers its error handler once and ignores errors while stopped", async () => {
    await feed.start();
    await feed.stop();
    await feed.start();
    await feed.stop();

    empApiControl.fail({ channel: "/meta/connect" });

    expect(onError).toHaveBeenCalledTimes(1);
    expect(feed.mode).toBe("off");
    expect(jest.getTimerCount()).toBe(0);
  });
});
