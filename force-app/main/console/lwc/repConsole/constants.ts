/** The offer event's channel (RoutingOfferChanged__e). */
export const OFFER_CHANNEL = "/event/RoutingOfferChanged__e";
/** -1: only new events; offers missed while away are fetched through getMyOffers instead. */
export const REPLAY_NEW_EVENTS = -1;
/** The open console's heartbeat; routing counts a rep offline after three missed beats. */
export const HEARTBEAT_INTERVAL_MS = 30_000;
/** The polling fallback when the event channel fails. */
export const POLL_INTERVAL_MS = 5_000;
/** While polling, try the event channel again every this many polls (30 s). */
export const RESUBSCRIBE_EVERY_POLLS = 6;
/** How long an ended card stays with its reason before it goes away. */
export const ENDED_LINGER_MS = 5_000;
/** The countdown's and the ended cards' clock. */
export const TICK_MS = 1_000;
/** The utility item's label without a count. */
export const UTILITY_LABEL = "Visitor Routing";
/** Shown while the console polls instead of receiving events. */
export const POLLING_NOTICE = "live updates unavailable — checking every 5 s";

/** Why offers ended, by the event's Reason__c, in words for the rep. */
export const ENDED_REASONS: Readonly<Record<string, string>> = {
  Claimed: "Taken by another rep",
  Declined: "Declined",
  Expired: "The offer expired",
  Cancelled: "The visitor left"
};
/** When an offer vanished from the server's list and no event said why (polling). */
export const GONE_REASON = "No longer available";
/** The decline reason recorded for offers a rep passes on by signing out. */
export const SIGN_OUT_REASON = "Signed out";
/** How long the event channel may take to subscribe before the console polls instead. */
export const SUBSCRIBE_TIMEOUT_MS = 10_000;
