// Stand-in for the two Apex controllers the console calls (RepPresenceController,
// RepConsoleController): answers from data.mjs after a short delay and keeps enough state that
// accept, decline, expire, close, the status picker and the sound toggle behave like the org:
// accepting claims the visitor (today's list and the count grow), an offer is not expired
// before its time, an answered offer keeps its outcome, refusals reject the way Apex does.
// Each method is typed as the Apex import the console declares (force-app/types/apex-*.d.ts).
import {
  conversations,
  nextOffer,
  offers,
  presence,
  secondsFromNow
} from "./data.mjs";

/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").Offer} Offer */
/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").OfferOutcome} OfferOutcome */
/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").OfferResult} OfferResult */

/**
 * Every Apex method the console imports, typed as its import.
 * @typedef {{
 *   "RepPresenceController.getMyPresence": typeof import("@salesforce/apex/RepPresenceController.getMyPresence").default;
 *   "RepPresenceController.sendHeartbeat": typeof import("@salesforce/apex/RepPresenceController.sendHeartbeat").default;
 *   "RepPresenceController.setMyStatus": typeof import("@salesforce/apex/RepPresenceController.setMyStatus").default;
 *   "RepPresenceController.setPlaySoundOnOffer": typeof import("@salesforce/apex/RepPresenceController.setPlaySoundOnOffer").default;
 *   "RepConsoleController.getMyOffers": typeof import("@salesforce/apex/RepConsoleController.getMyOffers").default;
 *   "RepConsoleController.acceptOffer": typeof import("@salesforce/apex/RepConsoleController.acceptOffer").default;
 *   "RepConsoleController.declineOffer": typeof import("@salesforce/apex/RepConsoleController.declineOffer").default;
 *   "RepConsoleController.expireOffer": typeof import("@salesforce/apex/RepConsoleController.expireOffer").default;
 *   "RepConsoleController.closeConversation": typeof import("@salesforce/apex/RepConsoleController.closeConversation").default;
 *   "RepConsoleController.getMyConversationsToday": typeof import("@salesforce/apex/RepConsoleController.getMyConversationsToday").default;
 * }} ApexMethods
 */

// RepConsoleController's and OfferResponder's words.
const OFFER_NOT_FOUND =
  "This offer is not addressed to you or no longer exists.";
const CONVERSATION_NOT_FOUND =
  "This conversation is not claimed by you or no longer exists.";
/** @type {Record<OfferResult, string>} */
const MESSAGES = {
  claimed: "You have the visitor",
  declined: "Declined",
  expired: "The offer expired",
  pending: "The offer is still open",
  taken: "Taken by another rep",
  withdrawn: "The offer was withdrawn",
  cancelled: "The visitor left",
  unanswered: "The visitor was not answered in time"
};

/** `?latency=0` in the page URL answers at once; by default after 150 ms. */
const LATENCY_MS = Number(
  new URLSearchParams(location.search).get("latency") ?? 150
);

const state = {
  presence: presence(),
  /** Offers still open on the "server". */
  offers: offers(),
  /** @type {Map<string, { offer: Offer, result: OfferResult }>} offers that ended, by id */
  ended: new Map(),
  conversations: conversations()
};

/**
 * An Apex refusal as the platform delivers it to `catch`.
 * @param {string} message
 */
function apexError(message) {
  return { status: 400, body: { message }, headers: {} };
}

/**
 * Ends an open offer on the "server" and says how.
 * @param {string} offerId
 * @param {OfferResult} result
 * @returns {OfferOutcome}
 */
function settle(offerId, result) {
  const offer = state.offers.find((o) => o.offerId === offerId);
  if (offer) {
    state.offers = state.offers.filter((o) => o !== offer);
    state.ended.set(offerId, { offer, result });
  }
  return outcome(offerId, result);
}

/**
 * @param {string} offerId
 * @param {OfferResult} result
 * @returns {OfferOutcome}
 */
function outcome(offerId, result) {
  const known =
    state.offers.find((o) => o.offerId === offerId) ??
    state.ended.get(offerId)?.offer;
  return {
    result,
    offerId,
    conversationId: known?.conversationId ?? "",
    message: MESSAGES[result]
  };
}

/**
 * The offer to answer, or the outcome it already has; rejects for an unknown id.
 * @param {string} offerId
 * @returns {Offer | OfferOutcome}
 */
function openOffer(offerId) {
  const offer = state.offers.find((o) => o.offerId === offerId);
  if (offer) {
    return Date.parse(offer.expiresAt) <= Date.now()
      ? settle(offerId, "expired")
      : offer;
  }
  const ended = state.ended.get(offerId);
  if (ended) return outcome(offerId, ended.result);
  throw apexError(OFFER_NOT_FOUND);
}

/**
 * @param {Partial<import("../../force-app/main/console/lwc/repConsole/types").Presence>} changes
 */
function savePresence(changes) {
  state.presence = {
    ...state.presence,
    ...changes,
    serverNow: secondsFromNow(0)
  };
  return state.presence;
}

/** @type {ApexMethods} */
const methods = {
  "RepPresenceController.getMyPresence": async () => savePresence({}),
  "RepPresenceController.sendHeartbeat": async () =>
    savePresence({ lastHeartbeatAt: secondsFromNow(0), online: true }),
  "RepPresenceController.setMyStatus": async ({ status }) =>
    savePresence({
      status,
      online: status === "Available",
      lastHeartbeatAt: secondsFromNow(0)
    }),
  "RepPresenceController.setPlaySoundOnOffer": async ({ playSound }) =>
    savePresence({ playSoundOnOffer: playSound }),
  "RepConsoleController.getMyOffers": async () => {
    // The org's sweep ends offers whose time is up.
    for (const offer of [...state.offers]) {
      if (Date.parse(offer.expiresAt) <= Date.now()) {
        settle(offer.offerId, "expired");
      }
    }
    return { serverNow: secondsFromNow(0), offers: state.offers };
  },
  "RepConsoleController.acceptOffer": async ({ offerId }) => {
    const offer = openOffer(offerId);
    if (!("visitorName" in offer)) return offer;
    state.conversations = [
      {
        conversationId: offer.conversationId,
        name: `VC-${offer.conversationId.slice(12, 15).padStart(6, "0")}`,
        status: "Claimed",
        visitorName: offer.visitorName,
        visitorCompany: offer.visitorCompany,
        visitorEmail: offer.visitorEmail,
        pageUrl: offer.pageUrl,
        matchedRecord: offer.matchedRecord,
        claimedAt: secondsFromNow(0),
        endedAt: null
      },
      ...state.conversations
    ];
    savePresence({
      openConversations: (state.presence.openConversations ?? 0) + 1
    });
    return settle(offerId, "claimed");
  },
  "RepConsoleController.declineOffer": async ({ offerId }) => {
    const offer = openOffer(offerId);
    return "visitorName" in offer ? settle(offerId, "declined") : offer;
  },
  "RepConsoleController.expireOffer": async ({ offerId }) => {
    const offer = openOffer(offerId);
    // Still open by the server's clock: "pending", and the console shows the card again.
    return "visitorName" in offer ? outcome(offerId, "pending") : offer;
  },
  "RepConsoleController.closeConversation": async ({ conversationId }) => {
    const conversation = state.conversations.find(
      (c) => c.conversationId === conversationId && c.status === "Claimed"
    );
    if (!conversation) throw apexError(CONVERSATION_NOT_FOUND);
    state.conversations = state.conversations.map((c) =>
      c === conversation
        ? { ...c, status: "Closed", endedAt: secondsFromNow(0) }
        : c
    );
    savePresence({
      openConversations: Math.max(
        0,
        (state.presence.openConversations ?? 0) - 1
      )
    });
  },
  "RepConsoleController.getMyConversationsToday": async () =>
    state.conversations
};

/**
 * Answers one Apex call the way the platform does: later, with a copy, rejecting on refusal.
 * @param {string} method `<Class>.<method>`
 * @param {object} [params]
 * @returns {Promise<unknown>}
 */
export async function apex(method, params = {}) {
  await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
  const refusal = refusals.get(method);
  if (refusal !== undefined) {
    refusals.delete(method);
    throw apexError(refusal);
  }
  if (!(method in methods)) {
    throw apexError(`No stand-in for ${method} in preview/stand-ins/apex.js`);
  }
  const answer = await methods[/** @type {keyof ApexMethods} */ (method)](
    /** @type {never} */ (params)
  );
  return structuredClone(answer ?? null);
}

/** @type {Map<string, string>} the next call of each method fails with this message */
const refusals = new Map();

/**
 * Makes the next call of `method` reject as Apex would (window.preview.failNext()).
 * @param {string} method `<Class>.<method>`
 * @param {string} message
 */
export function failNext(method, message) {
  refusals.set(method, message);
}

/**
 * Puts a new visitor's offer on the "server" (window.preview.offer()).
 * @param {number} seconds until it expires
 * @returns {Offer}
 */
export function addOffer(seconds) {
  const offer = nextOffer(seconds);
  state.offers = [...state.offers, offer];
  return offer;
}

/**
 * Ends an open offer without the rep (window.preview.end()): another rep took it, the
 * visitor left, ...
 * @param {string | undefined} offerId the newest open offer when undefined
 * @param {OfferResult} result
 * @returns {Offer | undefined} the offer that ended
 */
export function endOffer(offerId, result) {
  const offer = offerId
    ? state.offers.find((o) => o.offerId === offerId)
    : state.offers.at(-1);
  if (offer) settle(offer.offerId, result);
  return offer;
}
