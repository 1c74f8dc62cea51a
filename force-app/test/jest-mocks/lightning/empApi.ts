/**
 * Jest stand-in for `lightning/empApi` with a control object, so tests can deliver streaming
 * messages and channel errors the way the platform would, and hold a `subscribe` call open the
 * way a slow or hung server does.
 */
import type { EmpMessage, EmpSubscription } from "lightning/empApi";

type MessageCallback = (message: EmpMessage<Record<string, unknown>>) => void;
type ErrorCallback = (error: unknown) => void;

interface ActiveSubscription {
  subscription: EmpSubscription;
  callback: MessageCallback;
}

// How a held `subscribe` call ends, once the code under test has made it.
interface Settle {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A `subscribe` call the test settles itself (see `empApiControl.holdNextSubscribe`). */
export interface HeldSubscribe {
  /** Whether the held call has been made yet. */
  readonly called: boolean;
  /** Completes the call: the subscription becomes live and its promise resolves. */
  resolve(): void;
  /** Fails the call: its promise rejects with the error. */
  reject(error: unknown): void;
}

let active: ActiveSubscription[] = [];
let errorCallbacks: ErrorCallback[] = [];
let holds: { settle: Settle | null }[] = [];
let enabled = true;
let nextReplayId = 1;
let subscriptionCount = 0;

export const subscribe = jest.fn(
  (
    channel: string,
    replayId: number,
    callback: MessageCallback
  ): Promise<EmpSubscription> => {
    subscriptionCount += 1;
    const subscription: EmpSubscription = {
      id: `subscription-${subscriptionCount}`,
      channel,
      replayId
    };
    const hold = holds.shift();
    if (!hold) {
      active.push({ subscription, callback });
      return Promise.resolve(subscription);
    }
    return new Promise<EmpSubscription>((resolve, reject) => {
      hold.settle = {
        resolve: () => {
          active.push({ subscription, callback });
          resolve(subscription);
        },
        reject
      };
    });
  }
);

export const unsubscribe = jest.fn(
  (
    subscription: EmpSubscription,
    callback?: (response: unknown) => void
  ): Promise<unknown> => {
    const before = active.length;
    active = active.filter(
      (entry) => entry.subscription.id !== subscription.id
    );
    const response = { successful: active.length < before };
    callback?.(response);
    return Promise.resolve(response);
  }
);

export const onError = jest.fn((callback: ErrorCallback): void => {
  errorCallbacks.push(callback);
});

export const setDebugFlag = jest.fn((): Promise<unknown> =>
  Promise.resolve(true)
);

export const isEmpEnabled = jest.fn((): Promise<boolean> =>
  Promise.resolve(enabled)
);

/** Drives the stand-in from tests: deliver messages and errors, switch the channel off. */
export const empApiControl = {
  /** Delivers a payload to every subscriber of the channel, as the platform would. */
  publish(channel: string, payload: Record<string, unknown>): void {
    const message: EmpMessage<Record<string, unknown>> = {
      channel,
      data: { event: { replayId: nextReplayId++ }, payload }
    };
    active
      .filter((entry) => entry.subscription.channel === channel)
      .forEach((entry) => entry.callback(message));
  },
  /** Reports a channel error to every `onError` callback. */
  fail(error: unknown): void {
    errorCallbacks.forEach((callback) => callback(error));
  },
  /** Makes `isEmpEnabled` resolve to the given value. */
  setEnabled(value: boolean): void {
    enabled = value;
  },
  /**
   * Makes the next `subscribe` call wait until the test settles it through the returned handle;
   * left unsettled, the call never completes (a hung server).
   */
  holdNextSubscribe(): HeldSubscribe {
    const hold: { settle: Settle | null } = { settle: null };
    holds.push(hold);
    const settle = (): Settle => {
      if (!hold.settle) throw new Error("subscribe has not been called yet");
      return hold.settle;
    };
    return {
      get called(): boolean {
        return hold.settle !== null;
      },
      resolve: () => settle().resolve(),
      reject: (error: unknown) => settle().reject(error)
    };
  },
  /** Channels with at least one live subscription. */
  subscribedChannels(): string[] {
    return [...new Set(active.map((entry) => entry.subscription.channel))];
  },
  /** Forgets subscriptions and callbacks; call in `afterEach`. */
  reset(): void {
    active = [];
    errorCallbacks = [];
    holds = [];
    enabled = true;
    nextReplayId = 1;
    subscriptionCount = 0;
    [subscribe, unsubscribe, onError, setDebugFlag, isEmpEnabled].forEach(
      (mock) => mock.mockClear()
    );
  }
};
