/**
 * The console's offers as a pure reducer: the server's list of pending offers is the truth for
 * what is pending; the console adds what the rep did (answering, claimed) and why an offer
 * ended, keeping an ended card for a moment so the rep can read the reason.
 */
import { clockOffset, formatCountdown, remainingSeconds } from "./countdown";
import {
  formatLocation,
  formatRecordLink,
  formatUtm,
  offerDetailsText,
  visitorHeading
} from "c/repConsoleFormat";
import { ENDED_LINGER_MS, GONE_REASON } from "./constants";
import type {
  Offer,
  OfferCardView,
  OfferList,
  OfferOutcome,
  OfferPhase
} from "./types";

export interface OfferEntry {
  offer: Offer;
  phase: OfferPhase;
  /** Browser-to-server clock offset measured when the offer was last read. */
  offsetMs: number;
  endedReason: string | null;
  /**
   * Who ended the card: the server (an answer or an event; final) or the console (the
   * countdown, or the offer missing from a list; a later list that still has it reopens it).
   */
  endedBy: "server" | "console" | null;
  /** Browser time the card ended; it goes away ENDED_LINGER_MS later. */
  endedAt: number | null;
  error: string | null;
  /** The console told the server the countdown reached zero (at most once per read). */
  expiryReported: boolean;
}

export interface OfferState {
  entries: OfferEntry[];
}

export type OfferAction =
  | { type: "loaded"; list: OfferList; now: number; measuredAt?: number }
  | { type: "ended"; offerIds: string[]; reason: string; now: number }
  | { type: "answering"; offerId: string }
  | { type: "answered"; outcome: OfferOutcome; now: number }
  | { type: "failed"; offerId: string; message: string }
  | { type: "expiring"; offerId: string; now: number }
  | { type: "closed"; conversationId: string }
  | { type: "tick"; now: number };

export const EMPTY_OFFERS: OfferState = { entries: [] };

/** The console reports an expiry this long after zero, so the server's clock has passed it too. */
export const EXPIRY_REPORT_DELAY_MS = 1_000;

function newestFirst(a: OfferEntry, b: OfferEntry): number {
  return Date.parse(b.offer.offeredAt) - Date.parse(a.offer.offeredAt);
}

function end(
  entry: OfferEntry,
  reason: string,
  now: number,
  endedBy: "server" | "console"
): OfferEntry {
  return {
    ...entry,
    phase: "ended",
    endedReason: reason,
    endedBy,
    endedAt: now,
    error: null
  };
}

function update(
  state: OfferState,
  offerId: string,
  change: (entry: OfferEntry) => OfferEntry
): OfferState {
  return {
    entries: state.entries.map((entry) => {
      return entry.offer.offerId === offerId ? change(entry) : entry;
    })
  };
}

function loaded(
  state: OfferState,
  list: OfferList,
  now: number,
  measuredAt: number
): OfferState {
  const offsetMs = clockOffset(list.serverNow, measuredAt);
  const fresh = new Map(list.offers.map((offer) => [offer.offerId, offer]));
  const entries = state.entries.map((entry): OfferEntry => {
    const offer = fresh.get(entry.offer.offerId);
    if (offer) {
      fresh.delete(offer.offerId);
      if (entry.endedBy === "server") return entry;
      // Still pending on the server: a card that ended early here (countdown, skew) reopens.
      const reopen = entry.phase === "ended";
      return {
        ...entry,
        offer,
        offsetMs,
        phase: reopen ? "pending" : entry.phase,
        endedReason: reopen ? null : entry.endedReason,
        endedBy: reopen ? null : entry.endedBy,
        endedAt: reopen ? null : entry.endedAt,
        expiryReported: false
      };
    }
    // The server lists only offers before their expiry: one at zero stays until reported.
    const awaitingExpiry =
      !entry.expiryReported &&
      remainingSeconds(entry.offer.expiresAt, entry.offsetMs, now) === 0;
    // Answering and claimed cards wait for their own outcome; ended ones already have one.
    return entry.phase === "pending" && !awaitingExpiry
      ? end(entry, GONE_REASON, now, "console")
      : entry;
  });
  for (const offer of fresh.values()) {
    entries.push({
      offer,
      phase: "pending",
      offsetMs,
      endedReason: null,
      endedBy: null,
      endedAt: null,
      error: null,
      expiryReported: false
    });
  }
  return { entries: entries.sort(newestFirst) };
}

function answered(
  state: OfferState,
  outcome: OfferOutcome,
  now: number
): OfferState {
  return update(state, outcome.offerId, (entry) => {
    if (outcome.result === "claimed") {
      return { ...entry, phase: "claimed", error: null };
    }
    if (outcome.result === "pending") {
      // The server's clock says the offer is still open: show it again.
      return {
        ...entry,
        phase: "pending",
        endedReason: null,
        endedBy: null,
        endedAt: null
      };
    }
    return end(entry, outcome.message, now, "server");
  });
}

/**
 * @param state the offers now
 * @param action what happened
 * @return the offers after it (a new object; the input is not changed)
 */
export function reduceOffers(
  state: OfferState,
  action: OfferAction
): OfferState {
  switch (action.type) {
    case "loaded":
      return loaded(
        state,
        action.list,
        action.now,
        action.measuredAt ?? action.now
      );
    case "ended": {
      const ids = new Set(action.offerIds);
      return {
        entries: state.entries.map((entry) => {
          return ids.has(entry.offer.offerId) && entry.phase === "pending"
            ? end(entry, action.reason, action.now, "server")
            : entry;
        })
      };
    }
    case "answering":
      return update(state, action.offerId, (entry) => ({
        ...entry,
        phase: "working",
        error: null
      }));
    case "answered":
      return answered(state, action.outcome, action.now);
    case "failed":
      return update(state, action.offerId, (entry) => ({
        ...entry,
        phase: entry.phase === "working" ? "pending" : entry.phase,
        error: action.message
      }));
    case "expiring":
      return update(state, action.offerId, (entry) => ({
        ...end(entry, "Expired", action.now, "console"),
        expiryReported: true
      }));
    case "closed":
      return {
        entries: state.entries.filter(
          (entry) => entry.offer.conversationId !== action.conversationId
        )
      };
    case "tick": {
      const entries = state.entries.filter(
        (entry) =>
          entry.endedAt === null || action.now - entry.endedAt < ENDED_LINGER_MS
      );
      // Nothing went away: the same state, so nothing re-renders but the countdowns.
      return entries.length === state.entries.length ? state : { entries };
    }
    default:
      return state;
  }
}

/** Offers still waiting for an answer (the utility label's count). */
export function pendingCount(state: OfferState): number {
  return state.entries.filter(
    (entry) => entry.phase === "pending" || entry.phase === "working"
  ).length;
}

/** The offers still waiting for the rep's answer (not those being answered already). */
export function pendingOfferIds(state: OfferState): string[] {
  return state.entries
    .filter((entry) => entry.phase === "pending")
    .map((entry) => entry.offer.offerId);
}

/** Offers in `after` that `before` did not have (to announce and highlight). */
export function arrivedOffers(before: OfferState, after: OfferState): Offer[] {
  const known = new Set(before.entries.map((entry) => entry.offer.offerId));
  return after.entries
    .filter((entry) => !known.has(entry.offer.offerId))
    .map((entry) => entry.offer);
}

/**
 * Pending offers whose countdown reached zero at least EXPIRY_REPORT_DELAY_MS ago and that the
 * server was not told about yet.
 */
export function dueForExpiry(state: OfferState, now: number): string[] {
  return state.entries
    .filter(
      (entry) =>
        entry.phase === "pending" &&
        !entry.expiryReported &&
        remainingSeconds(
          entry.offer.expiresAt,
          entry.offsetMs,
          now - EXPIRY_REPORT_DELAY_MS
        ) === 0
    )
    .map((entry) => entry.offer.offerId);
}

/** What a card renders for an entry at the browser time `now`. */
export function toCardView(entry: OfferEntry, now: number): OfferCardView {
  const { offer } = entry;
  const seconds = remainingSeconds(offer.expiresAt, entry.offsetMs, now);
  return {
    offerId: offer.offerId,
    conversationId: offer.conversationId,
    phase: entry.phase,
    heading: visitorHeading(offer.visitorName, offer.visitorCompany),
    company: offer.visitorName ? offer.visitorCompany : null,
    email: offer.visitorEmail,
    matchedRecord: offer.matchedRecord,
    matchedRecordLabel: formatRecordLink(offer.matchedRecord),
    location: formatLocation(offer.location),
    pageUrl: offer.pageUrl,
    utm: formatUtm(offer.utm),
    reason: offer.reason,
    remainingSeconds: seconds,
    countdown: formatCountdown(seconds),
    endedReason: entry.endedReason,
    error: entry.error,
    copyText: offerDetailsText(offer)
  };
}
