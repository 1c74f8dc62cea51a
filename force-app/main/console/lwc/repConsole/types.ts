/**
 * TypeScript mirrors of the Apex DTOs the rep console receives (RepPresenceController,
 * RepConsoleController) and of the offer event's payload. Apex `Datetime` arrives as an ISO
 * string, `Id` as a string; members the Apex documents as possibly null are `| null`.
 */

/** A rep's status; routing offers visitors only to Available reps. */
export type PresenceStatus = "Available" | "Busy" | "Away" | "Offline";

/** RepPresenceController.Presence */
export interface Presence {
  status: PresenceStatus;
  capacity: number | null;
  openConversations: number | null;
  lastHeartbeatAt: string | null;
  heartbeatGraceSeconds: number | null;
  serverNow: string;
  playSoundOnOffer: boolean;
  online: boolean;
}

/** RepConsoleController.VisitorLocation */
export interface VisitorLocation {
  country: string | null;
  region: string | null;
  city: string | null;
}

/** RepConsoleController.RecordLink */
export interface RecordLink {
  recordId: string;
  name: string | null;
  type: "Lead" | "Contact" | "Account";
}

/** RepConsoleController.Offer */
export interface Offer {
  offerId: string;
  conversationId: string;
  wave: number;
  offeredAt: string;
  expiresAt: string;
  visitorName: string | null;
  visitorCompany: string | null;
  visitorEmail: string | null;
  location: VisitorLocation;
  pageUrl: string | null;
  utm: Record<string, string>;
  matchedRecord: RecordLink | null;
  reason: string | null;
}

/** RepConsoleController.OfferList */
export interface OfferList {
  serverNow: string;
  offers: Offer[];
}

/** RepConsoleController.OfferOutcome.result */
export type OfferResult =
  | "claimed"
  | "declined"
  | "expired"
  | "pending"
  | "taken"
  | "withdrawn"
  | "cancelled"
  | "unanswered";

/** RepConsoleController.OfferOutcome */
export interface OfferOutcome {
  result: OfferResult;
  offerId: string;
  conversationId: string;
  message: string;
}

/** RepConsoleController.ConversationItem */
export interface ConversationItem {
  conversationId: string;
  name: string;
  status: string;
  visitorName: string | null;
  visitorCompany: string | null;
  visitorEmail: string | null;
  pageUrl: string | null;
  matchedRecord: RecordLink | null;
  claimedAt: string;
  endedAt: string | null;
}

/** RoutingOfferChanged__e as empApi delivers it (ids joined with ";"). */
export interface OfferChangedPayload {
  Kind__c: "Offered" | "Ended" | string;
  Reason__c?: string | null;
  ConversationId__c: string;
  OfferIds__c?: string | null;
  RecipientIds__c?: string | null;
}

/** How the console learns about offers: the event channel, or polling when it fails. */
export type FeedMode = "off" | "connecting" | "live" | "polling";

/** An offer's card as the console shows it: pending, being answered, claimed or ended. */
export type OfferPhase = "pending" | "working" | "claimed" | "ended";

/** What a card renders (built from the reducer's entry and the clock). */
export interface OfferCardView {
  offerId: string;
  conversationId: string;
  phase: OfferPhase;
  heading: string;
  company: string | null;
  email: string | null;
  matchedRecord: RecordLink | null;
  matchedRecordLabel: string | null;
  location: string | null;
  pageUrl: string | null;
  utm: string | null;
  reason: string | null;
  remainingSeconds: number;
  countdown: string;
  endedReason: string | null;
  error: string | null;
  copyText: string;
}
