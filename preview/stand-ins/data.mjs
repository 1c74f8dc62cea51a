// The preview's stand-in records: one rep, two waiting offers, two conversations today, and
// more visitors to offer from the page (window.preview.offer()). Typed against the console's
// mirrors of the Apex DTOs; `tsc -p preview` checks them (npm run preview:build runs it).

/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").Presence} Presence */
/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").Offer} Offer */
/** @typedef {import("../../force-app/main/console/lwc/repConsole/types").ConversationItem} ConversationItem */

/** The running rep (`@salesforce/user/Id`). */
export const USER_ID = "005000000000001AAA";

/**
 * An ISO time `s` seconds from now (negative: ago).
 * @param {number} s
 */
export const secondsFromNow = (s) =>
  new Date(Date.now() + s * 1000).toISOString();

/** @returns {Presence} Available, 1 of 3 conversations, sound off. */
export function presence() {
  return {
    status: "Available",
    capacity: 3,
    openConversations: 1,
    lastHeartbeatAt: secondsFromNow(-10),
    heartbeatGraceSeconds: 90,
    serverNow: secondsFromNow(0),
    playSoundOnOffer: false,
    online: true
  };
}

/**
 * The two offers waiting when the page opens, each expiring 60–90 s from now: a known Contact
 * with everything the card can show, and a visitor known only by company, matched to a Lead.
 * @returns {Offer[]}
 */
export function offers() {
  return [
    {
      offerId: "a02000000000001AAA",
      conversationId: "a01000000000001AAA",
      wave: 1,
      offeredAt: secondsFromNow(-6),
      expiresAt: secondsFromNow(84),
      visitorName: "Jane Doe",
      visitorCompany: "Acme GmbH",
      visitorEmail: "jane.doe@acme.example",
      location: { country: "DE", region: "BE", city: "Berlin" },
      pageUrl: "https://www.example.com/pricing",
      utm: {
        utm_source: "google",
        utm_medium: "cpc",
        utm_campaign: "dach-brand"
      },
      matchedRecord: {
        recordId: "003000000000001AAA",
        name: "Jane Doe",
        type: "Contact"
      },
      reason:
        "Rule DACH enterprise matched · you own the Contact Jane Doe · first to accept claims the visitor"
    },
    {
      offerId: "a02000000000002AAA",
      conversationId: "a01000000000002AAA",
      wave: 2,
      offeredAt: secondsFromNow(-25),
      expiresAt: secondsFromNow(65),
      visitorName: null,
      visitorCompany: "Globex Corporation",
      visitorEmail: null,
      location: { country: "US", region: "OR", city: "Portland" },
      pageUrl: "https://www.example.com/demo",
      utm: { utm_source: "linkedin", utm_campaign: "q4-abm" },
      matchedRecord: {
        recordId: "00Q000000000001AAA",
        name: "Hank Scorpio",
        type: "Lead"
      },
      reason: "Rule North America matched · wave 2, round robin: your turn"
    }
  ];
}

/** @type {Omit<Offer, "offerId" | "conversationId" | "offeredAt" | "expiresAt">[]} */
const MORE_VISITORS = [
  {
    wave: 1,
    visitorName: "Ana Souza",
    visitorCompany: "Initrode Brasil",
    visitorEmail: "ana.souza@initrode.example",
    location: { country: "BR", region: "SP", city: "São Paulo" },
    pageUrl: "https://www.example.com/contact-sales",
    utm: {},
    matchedRecord: {
      recordId: "003000000000007AAA",
      name: "Ana Souza",
      type: "Contact"
    },
    reason: "Rule LATAM matched · least busy rep: your turn"
  },
  {
    wave: 1,
    visitorName: null,
    visitorCompany: null,
    visitorEmail: null,
    location: { country: "GB", region: null, city: "London" },
    pageUrl: "https://www.example.com/blog/routing-in-seconds",
    utm: { utm_source: "newsletter" },
    matchedRecord: null,
    reason: "Routed to you"
  }
];

let offered = 0;

/**
 * A new visitor to offer (window.preview.offer()), expiring in `seconds`.
 * @param {number} seconds
 * @returns {Offer}
 */
export function nextOffer(seconds) {
  offered += 1;
  const n = String(100 + offered).padStart(3, "0");
  return {
    ...MORE_VISITORS[(offered - 1) % MORE_VISITORS.length],
    offerId: `a02000000000${n}AAA`,
    conversationId: `a01000000000${n}AAA`,
    offeredAt: secondsFromNow(0),
    expiresAt: secondsFromNow(seconds)
  };
}

/** @returns {ConversationItem[]} One still claimed, one closed. */
export function conversations() {
  return [
    {
      conversationId: "a01000000000040AAA",
      name: "VC-000040",
      status: "Claimed",
      visitorName: "Maria Rossi",
      visitorCompany: "Initech",
      visitorEmail: "maria@initech.example",
      pageUrl: "https://www.example.com/pricing",
      matchedRecord: {
        recordId: "003000000000040AAA",
        name: "Maria Rossi",
        type: "Contact"
      },
      claimedAt: secondsFromNow(-25 * 60),
      endedAt: null
    },
    {
      conversationId: "a01000000000039AAA",
      name: "VC-000039",
      status: "Closed",
      visitorName: null,
      visitorCompany: "Umbrella plc",
      visitorEmail: null,
      pageUrl: "https://www.example.com/",
      matchedRecord: {
        recordId: "001000000000039AAA",
        name: "Umbrella plc",
        type: "Account"
      },
      claimedAt: secondsFromNow(-95 * 60),
      endedAt: secondsFromNow(-80 * 60)
    }
  ];
}
