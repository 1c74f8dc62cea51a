/**
 * The console's offers and every call about them: reading the rep's offers, accepting,
 * declining, reporting an expiry, and what an offer event means. The state lives in the pure
 * reducer (offerState); this class adds the rule that a list read before an answer never
 * undoes it (every read has a number; a read still on its way when an answer lands is dropped
 * and made again) and tells the console what to show or announce.
 */
import getMyOffers from "@salesforce/apex/RepConsoleController.getMyOffers";
import acceptOffer from "@salesforce/apex/RepConsoleController.acceptOffer";
import declineOffer from "@salesforce/apex/RepConsoleController.declineOffer";
import expireOffer from "@salesforce/apex/RepConsoleController.expireOffer";
import { ENDED_REASONS, GONE_REASON } from "./constants";
import { endedAnnouncement, reduceErrors } from "c/repConsoleFormat";
import {
  EMPTY_OFFERS,
  arrivedOffers,
  dueForExpiry,
  pendingOfferIds,
  reduceOffers
} from "./offerState";
import type { OfferAction, OfferState } from "./offerState";
import type { Offer, OfferChangedPayload, OfferOutcome } from "./types";

export interface OfferDeskHandlers {
  /** The offers changed: render them. */
  onChange: (state: OfferState) => void;
  /** New offers arrived (announce, chime, open the utility). */
  onArrived: (offers: Offer[]) => void;
  /** A sentence for screen readers. */
  onAnnounce: (message: string) => void;
  /** Why the offers could not be read; "" once they could. */
  onLoadError: (message: string) => void;
  /** The rep claimed a visitor: today's conversations and capacity changed. */
  onClaimed: () => Promise<void>;
}

export class OfferDesk {
  private readonly handlers: OfferDeskHandlers;
  private state: OfferState = EMPTY_OFFERS;
  private request = 0;
  private loading = false;

  constructor(handlers: OfferDeskHandlers) {
    this.handlers = handlers;
  }

  get offers(): OfferState {
    return this.state;
  }

  /** Reads the rep's pending offers (a newer read makes an older one's answer void). */
  async load(): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    const sentAt = Date.now();
    try {
      const list = await getMyOffers();
      if (request !== this.request) return;
      const before = this.state;
      const now = Date.now();
      // The server read its clock somewhere between sending and arriving: take the midpoint.
      const measuredAt = Math.round((sentAt + now) / 2);
      this.dispatch({ type: "loaded", list, now, measuredAt });
      this.handlers.onLoadError("");
      const arrived = arrivedOffers(before, this.state);
      if (arrived.length > 0) this.handlers.onArrived(arrived);
    } catch (error) {
      if (request !== this.request) return;
      this.handlers.onLoadError(
        `Offers could not be loaded: ${reduceErrors(error)}`
      );
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  accept(offerId: string): Promise<void> {
    return this.answer(offerId, () => acceptOffer({ offerId }));
  }

  decline(offerId: string, reason: string | null): Promise<void> {
    return this.answer(offerId, () => declineOffer({ offerId, reason }));
  }

  /** Declines every offer still waiting, with the same reason (sign out). */
  async declineAllWaiting(reason: string): Promise<void> {
    await Promise.all(
      pendingOfferIds(this.state).map((offerId) =>
        this.decline(offerId, reason)
      )
    );
  }

  /** An offer event that names this rep: end the named cards at once, then read again. */
  handleEvent(payload: OfferChangedPayload): void {
    if (payload.Kind__c === "Ended") {
      const reason = ENDED_REASONS[payload.Reason__c ?? ""] ?? GONE_REASON;
      const offerIds = new Set(
        (payload.OfferIds__c ?? "").split(";").filter(Boolean)
      );
      const ended = this.state.entries
        .filter(
          (entry) =>
            entry.phase === "pending" && offerIds.has(entry.offer.offerId)
        )
        .map((entry) => entry.offer);
      this.dispatch({
        type: "ended",
        offerIds: [...offerIds],
        reason,
        now: Date.now()
      });
      if (ended.length > 0) {
        this.handlers.onAnnounce(endedAnnouncement(ended, reason));
      }
    }
    this.load();
  }

  /** The conversation was closed: its claimed card goes. */
  closed(conversationId: string): void {
    this.dispatch({ type: "closed", conversationId });
  }

  /** The clock: ended cards go after a moment, and expiries are reported to the server. */
  tick(now: number): void {
    this.dispatch({ type: "tick", now });
    for (const offerId of dueForExpiry(this.state, now)) {
      this.expire(offerId);
    }
  }

  private async answer(
    offerId: string,
    call: () => Promise<OfferOutcome>
  ): Promise<void> {
    this.dispatch({ type: "answering", offerId });
    try {
      const outcome = await call();
      this.applyOutcome(outcome);
      this.handlers.onAnnounce(outcome.message);
      if (outcome.result === "claimed") await this.handlers.onClaimed();
    } catch (error) {
      this.dispatch({ type: "failed", offerId, message: reduceErrors(error) });
    }
  }

  private async expire(offerId: string): Promise<void> {
    const expiring = this.state.entries.find(
      (entry) => entry.offer.offerId === offerId
    );
    this.dispatch({ type: "expiring", offerId, now: Date.now() });
    try {
      const outcome = await expireOffer({ offerId });
      this.applyOutcome(outcome);
      if (outcome.result === "pending") {
        await this.load();
      } else if (expiring) {
        this.handlers.onAnnounce(
          endedAnnouncement([expiring.offer], outcome.message)
        );
      }
    } catch (error) {
      this.dispatch({ type: "failed", offerId, message: reduceErrors(error) });
    }
  }

  // A list read before this answer may still show the offer pending: read again instead.
  private applyOutcome(outcome: OfferOutcome): void {
    this.dispatch({ type: "answered", outcome, now: Date.now() });
    if (this.loading) this.load();
  }

  private dispatch(action: OfferAction): void {
    const next = reduceOffers(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.handlers.onChange(next);
  }
}
