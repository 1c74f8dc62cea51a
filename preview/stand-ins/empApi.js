// Stand-in for lightning/empApi: the channel is enabled, subscribing works and onError
// registers. With ?channel=down in the page URL subscribing fails (every retry too), so the
// console shows its polling fallback. publish() and fail() let window.preview deliver events
// and channel errors the way the platform would.

/** @typedef {import("lightning/empApi").EmpMessage<any>} Message */
/** @typedef {import("lightning/empApi").EmpSubscription} Subscription */

const channelDown =
  new URLSearchParams(location.search).get("channel") === "down";

/** @type {{ subscription: Subscription, callback: (message: Message) => void }[]} */
let active = [];
/** @type {((error: unknown) => void)[]} */
const errorCallbacks = [];
let nextId = 1;
let nextReplayId = 1;

/** @type {typeof import("lightning/empApi").isEmpEnabled} */
export const isEmpEnabled = () => Promise.resolve(true);

/** @type {typeof import("lightning/empApi").subscribe} */
export const subscribe = (channel, replayId, callback) => {
  if (channelDown) {
    return Promise.reject({
      error:
        "403::Organization total events daily limit exceeded (preview: ?channel=down)"
    });
  }
  const subscription = { id: `preview-${nextId++}`, channel, replayId };
  active.push({ subscription, callback });
  return Promise.resolve(subscription);
};

/** @type {typeof import("lightning/empApi").unsubscribe} */
export const unsubscribe = (subscription, callback) => {
  const before = active.length;
  active = active.filter((entry) => entry.subscription.id !== subscription.id);
  const response = { successful: active.length < before };
  if (callback) callback(response);
  return Promise.resolve(response);
};

/** @type {typeof import("lightning/empApi").onError} */
export const onError = (callback) => {
  errorCallbacks.push(callback);
};

/** @type {typeof import("lightning/empApi").setDebugFlag} */
export const setDebugFlag = () => Promise.resolve(true);

/**
 * Delivers an event to the channel's subscribers; returns how many received it.
 * @param {string} channel
 * @param {Record<string, unknown>} payload
 */
export function publish(channel, payload) {
  const message = {
    channel,
    data: { event: { replayId: nextReplayId++ }, payload }
  };
  const receivers = active.filter(
    (entry) => entry.subscription.channel === channel
  );
  receivers.forEach((entry) => entry.callback(message));
  return receivers.length;
}

/**
 * Reports a channel error to every onError callback.
 * @param {unknown} error
 */
export function fail(error) {
  errorCallbacks.forEach((callback) => callback(error));
}
