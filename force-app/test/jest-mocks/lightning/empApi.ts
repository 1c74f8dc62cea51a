/**
 * Jest stand-in for `lightning/empApi` with a control object, so tests can deliver streaming
 * messages and channel errors the way the platform would.
 */
import type { EmpMessage, EmpSubscription } from "lightning/empApi";

type MessageCallback = (message: EmpMessage<Record<string, unknown>>) => void;
type ErrorCallback = (error: unknown) => void;

interface ActiveSubscription {
  subscription: EmpSubscription;
  callback: MessageCallback;
}

let active: ActiveSubscription[] = [];
let errorCallbacks: ErrorCallback[] = [];
let enabled = true;
let nextReplayId = 1;

export const subscribe = jest.fn(
  (
    channel: string,
    replayId: number,
    callback: MessageCallback
  ): Promise<EmpSubscription> => {
    const subscription: EmpSubscription = {
      id: `subscription-${active.length + 1}`,
      channel,
      replayId
    };
    active.push({ subscription, callback });
    return Promise.resolve(subscription);
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
  /** Channels with at least one live subscription. */
  subscribedChannels(): string[] {
    return [...new Set(active.map((entry) => entry.subscription.channel))];
  },
  /** Forgets subscriptions and callbacks; call in `afterEach`. */
  reset(): void {
    active = [];
    errorCallbacks = [];
    enabled = true;
    nextReplayId = 1;
    [subscribe, unsubscribe, onError, setDebugFlag, isEmpEnabled].forEach(
      (mock) => mock.mockClear()
    );
  }
};
