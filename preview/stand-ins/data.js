// The preview's stand-in records: one rep, two waiting offers, two conversations today.
export const USER_ID = "005000000000001AAA";

const seconds = (s) => new Date(Date.now() + s * 1000).toISOString();

export function presence(overrides = {}) {
  return {
    status: "Available",
    capacity: 3,
    openConversations: 1,
    lastHeartbeatAt: seconds(0),
    heartbeatGraceSeconds: 90,
    serverNow: seconds(0),
    playSoundOnOffer: false,
    online: true,
    ...overrides
  };
}

export function offers() {
  return [
    {
      offerId: "a02000000000002AAA",
      conversationId: "a01000000000002AAA",
      wave: 1,
      offeredAt: seconds(-4),
      expiresAt: seconds(86),
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
      reason: "Rule 'North America' → route to group NA Sales (first available)"
    },
    {
      offerId: "a02000000000001AAA",
      conversationId: "a01000000000001AAA",
      wave: 1,
      offeredAt: seconds(-20),
      expiresAt: seconds(40),
      visitorName: "Jane Doe",
      visitorCompany: "Acme GmbH",
      visitorEmail: "jane.doe@acme.example",
      location: { country: "DE", region: "BE", city: "Berlin" },
      pageUrl: "https://www.example.com/pricing",
      utm: { utm_source: "google", utm_medium: "cpc" },
      matchedRecord: {
        recordId: "003000000000001AAA",
        name: "Jane Doe",
        type: "Contact"
      },
      reason: "Rule 'DACH enterprise' → Contact owner (you) first"
    }
  ];
}

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
      claimedAt: seconds(-25 * 60),
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
      claimedAt: seconds(-95 * 60),
      endedAt: seconds(-80 * 60)
    }
  ];
}
