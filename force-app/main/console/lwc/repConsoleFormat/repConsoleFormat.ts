/**
 * What the rep console's components share (a service component: the platform lets a component
 * import another only through `c/<name>`): the statuses a rep can pick, and pure formatting of
 * visitor details, times, the capacity sentence, the text "Copy details" puts on the clipboard,
 * and readable messages from Apex errors.
 */
import userLocale from "@salesforce/i18n/locale";
import userTimeZone from "@salesforce/i18n/timeZone";
import type { Offer, RecordLink, VisitorLocation } from "../repConsole/types";

/** The statuses a rep can pick, in the picker's order. */
export const STATUSES = ["Available", "Busy", "Away", "Offline"] as const;

/** "Berlin, BE, DE"; null when nothing is known. */
export function formatLocation(
  location: VisitorLocation | null | undefined
): string | null {
  if (!location) return null;
  const parts = [location.city, location.region, location.country].filter(
    (part): part is string => Boolean(part && part.trim())
  );
  return parts.length > 0 ? parts.join(", ") : null;
}

/** "source: google · medium: cpc" in a stable order; null when there are none. */
export function formatUtm(
  utm: Record<string, string> | null | undefined
): string | null {
  if (!utm) return null;
  const parts = Object.keys(utm)
    .filter((key) => Boolean(utm[key]))
    .sort()
    .map((key) => `${key.replace(/^utm_/, "")}: ${utm[key]}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "1 of 3 conversations"; "No capacity set" when capacity is unknown. */
export function formatCapacity(
  openConversations: number | null | undefined,
  capacity: number | null | undefined
): string {
  if (capacity === null || capacity === undefined) return "No capacity set";
  const open = openConversations ?? 0;
  return `${open} of ${capacity} conversation${capacity === 1 ? "" : "s"}`;
}

/** The card's heading: the visitor's name, else company, else "Unknown visitor". */
export function visitorHeading(
  name: string | null | undefined,
  company: string | null | undefined
): string {
  return name || company || "Unknown visitor";
}

/** "Contact: Jane Doe"; the type alone when the rep may not read the name. */
export function formatRecordLink(
  record: RecordLink | null | undefined
): string | null {
  if (!record) return null;
  return record.name ? `${record.type}: ${record.name}` : record.type;
}

/**
 * The time of day in the rep's Salesforce locale and time zone ("10:30 AM"), not the browser's;
 * empty for a missing or unreadable time.
 */
export function formatClock(isoTime: string | null | undefined): string {
  const time = isoTime ? Date.parse(isoTime) : Number.NaN;
  if (Number.isNaN(time)) return "";
  return new Intl.DateTimeFormat(userLocale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone: userTimeZone
  }).format(time);
}

/** What the console says when a heartbeat fails: why, and what it costs the rep. */
export function heartbeatFailureMessage(
  reason: string,
  graceSeconds: number | null | undefined
): string {
  const grace = graceSeconds ?? 90;
  return `Heartbeat failed (${reason}). Without a heartbeat for ${grace} s you stop getting offers; check your connection or reload the page.`;
}

/** The label with the count of pending offers: "Visitor Routing (2)". */
export function utilityLabel(base: string, pending: number): string {
  return pending > 0 ? `${base} (${pending})` : base;
}

/** What "Copy details" puts on the clipboard: one "Label: value" line per known detail. */
export function offerDetailsText(offer: Offer): string {
  const lines: [string, string | null][] = [
    ["Name", offer.visitorName],
    ["Company", offer.visitorCompany],
    ["Email", offer.visitorEmail],
    ["Record", formatRecordLink(offer.matchedRecord)],
    ["Location", formatLocation(offer.location)],
    ["Page", offer.pageUrl],
    ["UTM", formatUtm(offer.utm)]
  ];
  return lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
}

/** The sentence a screen reader hears when offers arrive. */
export function newOfferAnnouncement(offers: Offer[]): string {
  if (offers.length === 0) return "";
  if (offers.length > 1) return `${offers.length} new visitor offers`;
  const [offer] = offers;
  const who = visitorHeading(offer.visitorName, offer.visitorCompany);
  const company =
    offer.visitorName && offer.visitorCompany
      ? ` from ${offer.visitorCompany}`
      : "";
  return `New visitor offer: ${who}${company}`;
}

/** The sentence a screen reader hears when offers end without the rep: "Jane Doe: The visitor left". */
export function endedAnnouncement(offers: Offer[], reason: string): string {
  if (offers.length === 0) return "";
  const who =
    offers.length === 1
      ? visitorHeading(offers[0].visitorName, offers[0].visitorCompany)
      : `${offers.length} offers`;
  return `${who}: ${reason}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function messagesOf(error: unknown): string[] {
  if (typeof error === "string") return [error];
  if (Array.isArray(error)) return error.flatMap(messagesOf);
  if (!isRecord(error)) return [];
  const body = error.body;
  if (Array.isArray(body)) return body.flatMap(messagesOf);
  if (isRecord(body)) {
    if (typeof body.message === "string") return [body.message];
    const pageErrors = body.pageErrors;
    if (Array.isArray(pageErrors)) return pageErrors.flatMap(messagesOf);
  }
  if (typeof error.message === "string") return [error.message];
  if (typeof error.statusText === "string") return [error.statusText];
  return [];
}

/**
 * A readable message from whatever an Apex call or the platform rejected with
 * (AuraHandledException bodies, fetch errors, JavaScript errors, strings).
 */
export function reduceErrors(error: unknown): string {
  const messages = [...new Set(messagesOf(error).filter(Boolean))];
  return messages.length > 0 ? messages.join(", ") : "Unknown error";
}
