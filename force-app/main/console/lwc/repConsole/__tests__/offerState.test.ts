import {
  EMPTY_OFFERS,
  arrivedOffers,
  dueForExpiry,
  pendingCount,
  pendingOfferIds,
  reduceOffers,
  toCardView
} from "../offerState";
import type { OfferAction, OfferState } from "../offerState";
import type { OfferPhase } from "../types";
import { CLIENT_NOW, offer, offerList, outcome } from "./fixtures";

const ID = "a02000000000001AAA";

function withOne(): OfferState {
  return reduceOffers(EMPTY_OFFERS, {
    type: "loaded",
    list: offerList([offer()]),
    now: CLIENT_NOW
  });
}

function phaseAfter(state: OfferState, ...actions: OfferAction[]) {
  const after = actions.reduce(reduceOffers, state);
  const entry = after.entries[0];
  return entry ? [entry.phase, entry.endedReason] : ["gone", null];
}

describe("repConsole offer state", () => {
  it.each<[string, OfferAction[], [OfferPhase | "gone", string | null]]>([
    ["answering", [{ type: "answering", offerId: ID }], ["working", null]],
    [
      "claimed",
      [
        {
          type: "answered",
          outcome: outcome("claimed", "You have the visitor"),
          now: CLIENT_NOW
        }
      ],
      ["claimed", null]
    ],
    [
      "taken",
      [
        {
          type: "answered",
          outcome: outcome("taken", "Taken by another rep"),
          now: CLIENT_NOW
        }
      ],
      ["ended", "Taken by another rep"]
    ],
    [
      "declined",
      [
        {
          type: "answered",
          outcome: outcome("declined", "Declined"),
          now: CLIENT_NOW
        }
      ],
      ["ended", "Declined"]
    ],
    [
      "expiring",
      [{ type: "expiring", offerId: ID, now: CLIENT_NOW }],
      ["ended", "Expired"]
    ],
    [
      "expiring, then pending on the server",
      [
        { type: "expiring", offerId: ID, now: CLIENT_NOW },
        {
          type: "answered",
          outcome: outcome("pending", "The offer is still open"),
          now: CLIENT_NOW
        }
      ],
      ["pending", null]
    ],
    [
      "ended by an event",
      [
        {
          type: "ended",
          offerIds: [ID],
          reason: "The visitor left",
          now: CLIENT_NOW
        }
      ],
      ["ended", "The visitor left"]
    ],
    [
      "ended by an event for another offer",
      [
        {
          type: "ended",
          offerIds: ["other"],
          reason: "The visitor left",
          now: CLIENT_NOW
        }
      ],
      ["pending", null]
    ],
    [
      "gone from the server's list",
      [{ type: "loaded", list: offerList([]), now: CLIENT_NOW }],
      ["ended", "No longer available"]
    ],
    [
      "gone from the list at zero, expiry not reported yet",
      [{ type: "loaded", list: offerList([]), now: CLIENT_NOW + 30_000 }],
      ["pending", null]
    ],
    [
      "gone while being answered",
      [
        { type: "answering", offerId: ID },
        { type: "loaded", list: offerList([]), now: CLIENT_NOW }
      ],
      ["working", null]
    ],
    [
      "failed while answering",
      [
        { type: "answering", offerId: ID },
        { type: "failed", offerId: ID, message: "Network" }
      ],
      ["pending", null]
    ],
    [
      "ended and the linger passed",
      [
        { type: "ended", offerIds: [ID], reason: "Expired", now: CLIENT_NOW },
        { type: "tick", now: CLIENT_NOW + 5_000 }
      ],
      ["gone", null]
    ],
    [
      "ended and the linger not yet passed",
      [
        { type: "ended", offerIds: [ID], reason: "Expired", now: CLIENT_NOW },
        { type: "tick", now: CLIENT_NOW + 4_999 }
      ],
      ["ended", "Expired"]
    ],
    [
      "closed",
      [{ type: "closed", conversationId: "a01000000000001AAA" }],
      ["gone", null]
    ],
    [
      "expired here but still pending on the server",
      [
        { type: "expiring", offerId: ID, now: CLIENT_NOW },
        { type: "loaded", list: offerList([offer()]), now: CLIENT_NOW }
      ],
      ["pending", null]
    ],
    [
      "ended by an event, then a list read before it",
      [
        { type: "ended", offerIds: [ID], reason: "Expired", now: CLIENT_NOW },
        { type: "loaded", list: offerList([offer()]), now: CLIENT_NOW }
      ],
      ["ended", "Expired"]
    ],
    [
      "declined, then a list read before the decline",
      [
        {
          type: "answered",
          outcome: outcome("declined", "Declined"),
          now: CLIENT_NOW
        },
        { type: "loaded", list: offerList([offer()]), now: CLIENT_NOW }
      ],
      ["ended", "Declined"]
    ]
  ])("%s", (_name, actions, expected) => {
    expect(phaseAfter(withOne(), ...actions)).toEqual(expected);
  });

  it("keeps an unknown action's state", () => {
    const state = withOne();
    expect(
      reduceOffers(state, { type: "nothing" } as unknown as OfferAction)
    ).toBe(state);
  });

  it("keeps the error of a failure on a card that is not being answered", () => {
    const state = reduceOffers(withOne(), {
      type: "failed",
      offerId: ID,
      message: "No"
    });
    expect(state.entries[0]).toMatchObject({ phase: "pending", error: "No" });
  });

  it("counts pending and answering offers, and names only those not being answered", () => {
    const state = reduceOffers(EMPTY_OFFERS, {
      type: "loaded",
      list: offerList([
        offer({ offerId: "a" }),
        offer({ offerId: "b" }),
        offer({ offerId: "c" })
      ]),
      now: CLIENT_NOW
    });
    const after = [
      { type: "answering", offerId: "a" },
      {
        type: "answered",
        outcome: outcome("claimed", "", "b"),
        now: CLIENT_NOW
      }
    ].reduce((s, a) => reduceOffers(s, a as OfferAction), state);
    expect(pendingCount(after)).toBe(2);
    expect(pendingOfferIds(after)).toEqual(["c"]);
  });

  it("names the offers that arrived", () => {
    const before = withOne();
    const after = reduceOffers(before, {
      type: "loaded",
      list: offerList([offer(), offer({ offerId: "new" })]),
      now: CLIENT_NOW
    });
    expect(arrivedOffers(before, after).map((o) => o.offerId)).toEqual(["new"]);
  });

  it.each([
    [30_000, []],
    [30_999, []],
    [31_000, [ID]]
  ])("is due for expiry %p ms later: %j", (elapsed, expected) => {
    expect(dueForExpiry(withOne(), CLIENT_NOW + elapsed)).toEqual(expected);
  });

  it("is not due again once reported", () => {
    const state = reduceOffers(withOne(), {
      type: "expiring",
      offerId: ID,
      now: CLIENT_NOW
    });
    expect(dueForExpiry(state, CLIENT_NOW + 60_000)).toEqual([]);
  });

  it("builds the card a rep sees", () => {
    expect(toCardView(withOne().entries[0], CLIENT_NOW)).toMatchObject({
      heading: "Jane Doe",
      company: "Acme",
      email: "jane@acme.example",
      matchedRecordLabel: "Contact: Jane Doe",
      location: "Berlin, BE, DE",
      utm: "medium: cpc · source: google",
      countdown: "0:30",
      remainingSeconds: 30
    });
  });

  it("does not repeat the company as the heading's second line", () => {
    const state = reduceOffers(EMPTY_OFFERS, {
      type: "loaded",
      list: offerList([offer({ visitorName: null })]),
      now: CLIENT_NOW
    });
    expect(toCardView(state.entries[0], CLIENT_NOW)).toMatchObject({
      heading: "Acme",
      company: null
    });
  });
});
