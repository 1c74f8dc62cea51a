/** Builders for the Apex DTOs the console tests feed their `jest.fn()` Apex mocks. */
import type {
  ConversationItem,
  Offer,
  OfferList,
  OfferOutcome,
  Presence
} from "../types";

export const USER_ID = "005000000000000000";
export const OTHER_REP_ID = "005000000000999AAA";
export const CLIENT_NOW = Date.parse("2026-03-02T10:00:00.000Z");
/** The server's clock runs 5 s ahead of the browser's in these tests. */
export const SERVER_NOW = "2026-03-02T10:00:05.000Z";

export function presence(overrides: Partial<Presence> = {}): Presence {
  return {
    status: "Offline",
    capacity: 3,
    openConversations: 1,
    lastHeartbeatAt: null,
    heartbeatGraceSeconds: 90,
    serverNow: SERVER_NOW,
    playSoundOnOffer: false,
    // What the server says after a status change or heartbeat: Available with a fresh beat.
    online: overrides.status === "Available",
    ...overrides
  };
}

export function offer(overrides: Partial<Offer> = {}): Offer {
  return {
    offerId: "a02000000000001AAA",
    conversationId: "a01000000000001AAA",
    wave: 1,
    offeredAt: "2026-03-02T10:00:04.000Z",
    expiresAt: "2026-03-02T10:00:35.000Z",
    visitorName: "Jane Doe",
    visitorCompany: "Acme",
    visitorEmail: "jane@acme.example",
    location: { country: "DE", region: "BE", city: "Berlin" },
    pageUrl: "https://example.com/pricing",
    utm: { utm_source: "google", utm_medium: "cpc" },
    matchedRecord: {
      recordId: "003000000000001AAA",
      name: "Jane Doe",
      type: "Contact"
    },
    reason: "Rule 'DACH enterprise' → Sales DACH (first available)",
    ...overrides
  };
}

export function offerList(offers: Offer[], serverNow = SERVER_NOW): OfferList {
  return { serverNow, offers };
}

export function outcome(
  result: OfferOutcome["result"],
  message: string,
  offerId = "a02000000000001AAA"
): OfferOutcome {
  return { result, message, offerId, conversationId: "a01000000000001AAA" };
}

export function conversation(
  overrides: Partial<ConversationItem> = {}
): ConversationItem {
  return {
    conversationId: "a01000000000001AAA",
    name: "VC-000042",
    status: "Claimed",
    visitorName: "Jane Doe",
    visitorCompany: "Acme",
    visitorEmail: "jane@acme.example",
    pageUrl: "https://example.com/pricing",
    matchedRecord: null,
    claimedAt: "2026-03-02T09:30:00.000Z",
    endedAt: null,
    ...overrides
  };
}
