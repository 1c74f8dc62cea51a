// Stand-in for lightning/empApi. With ?channel=down in the page URL subscribing fails, so the
// console shows its polling fallback.
const channelDown =
  new URLSearchParams(location.search).get("channel") === "down";

export function isEmpEnabled() {
  return Promise.resolve(true);
}

export function subscribe(channel, replayId) {
  return channelDown
    ? Promise.reject(new Error("The preview's event channel is down"))
    : Promise.resolve({ id: "preview", channel, replayId });
}

export function unsubscribe(subscription, callback) {
  if (callback) callback({ successful: true });
  return Promise.resolve(true);
}

export function onError() {}

export function setDebugFlag() {
  return Promise.resolve(true);
}
