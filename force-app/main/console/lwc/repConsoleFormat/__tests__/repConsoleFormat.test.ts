import {
  formatCapacity,
  formatClock,
  heartbeatFailureMessage,
  formatLocation,
  formatRecordLink,
  formatUtm,
  newOfferAnnouncement,
  offerDetailsText,
  reduceErrors,
  utilityLabel,
  visitorHeading
} from "c/repConsoleFormat";
import { offer } from "../../repConsole/__tests__/fixtures";

describe("repConsoleFormat", () => {
  it.each([
    [{ city: "Berlin", region: "BE", country: "DE" }, "Berlin, BE, DE"],
    [{ city: null, region: " ", country: "DE" }, "DE"],
    [{ city: null, region: null, country: null }, null],
    [null, null]
  ])("formats location %j as %p", (location, expected) => {
    expect(formatLocation(location)).toBe(expected);
  });

  it.each([
    [
      { utm_source: "google", utm_medium: "cpc" },
      "medium: cpc · source: google"
    ],
    [{ utm_campaign: "" }, null],
    [{}, null],
    [null, null]
  ])("formats UTM %j as %p", (utm, expected) => {
    expect(formatUtm(utm)).toBe(expected);
  });

  it.each([
    [1, 3, "1 of 3 conversations"],
    [0, 1, "0 of 1 conversation"],
    [null, 3, "0 of 3 conversations"],
    [2, null, "No capacity set"]
  ])("formats %p open of capacity %p as %p", (open, capacity, expected) => {
    expect(formatCapacity(open, capacity)).toBe(expected);
  });

  it.each([
    ["Jane", "Acme", "Jane"],
    [null, "Acme", "Acme"],
    [null, null, "Unknown visitor"]
  ])("heads a card for %p / %p with %p", (name, company, expected) => {
    expect(visitorHeading(name, company)).toBe(expected);
  });

  it.each([
    [
      { recordId: "003", name: "Jane", type: "Contact" as const },
      "Contact: Jane"
    ],
    [{ recordId: "00Q", name: null, type: "Lead" as const }, "Lead"],
    [null, null]
  ])("labels record %j as %p", (record, expected) => {
    expect(formatRecordLink(record)).toBe(expected);
  });

  it.each([
    [0, "Visitor Routing"],
    [2, "Visitor Routing (2)"]
  ])("labels the utility with %p pending as %p", (count, expected) => {
    expect(utilityLabel("Visitor Routing", count)).toBe(expected);
  });

  it.each([
    [[], ""],
    [[offer()], "New visitor offer: Jane Doe from Acme"],
    [[offer({ visitorName: null })], "New visitor offer: Acme"],
    [[offer(), offer()], "2 new visitor offers"]
  ])("announces %# as %p", (offers, expected) => {
    expect(newOfferAnnouncement(offers)).toBe(expected);
  });

  it("copies the known details one per line", () => {
    expect(offerDetailsText(offer({ visitorEmail: null }))).toBe(
      [
        "Name: Jane Doe",
        "Company: Acme",
        "Record: Contact: Jane Doe",
        "Location: Berlin, BE, DE",
        "Page: https://example.com/pricing",
        "UTM: medium: cpc · source: google"
      ].join("\n")
    );
  });

  it.each([
    [{ body: { message: "Not a rep" } }, "Not a rep"],
    [{ body: [{ message: "A" }, { message: "B" }] }, "A, B"],
    [{ body: { pageErrors: [{ message: "Locked" }] } }, "Locked"],
    [new Error("Network down"), "Network down"],
    [{ statusText: "Server Error" }, "Server Error"],
    ["plain", "plain"],
    [[{ body: { message: "X" } }, "X"], "X"],
    [{}, "Unknown error"],
    [undefined, "Unknown error"]
  ])("reduces error %j to %p", (error, expected) => {
    expect(reduceErrors(error)).toBe(expected);
  });

  it.each([
    [null, ""],
    ["", ""],
    ["not a time", ""]
  ])("formats the missing or unreadable time %p as %p", (time, expected) => {
    expect(formatClock(time)).toBe(expected);
  });

  it("formats a time of day as hours and minutes", () => {
    const halfPast = formatClock("2026-03-02T09:30:00.000Z");
    const quarterTo = formatClock("2026-03-02T14:45:00.000Z");

    // Hours and minutes only (no date, no seconds), in whatever zone and hour style.
    expect(halfPast).toContain("30");
    expect(halfPast).toMatch(/^\D*\d{1,2}[:.]30\D*$/);
    expect(quarterTo).toMatch(/^\D*\d{1,2}[:.]45\D*$/);
    expect(quarterTo).not.toBe(halfPast);
  });

  it.each([
    [120, "for 120 s"],
    [null, "for 90 s"]
  ])("names the grace period %p in the heartbeat warning", (grace, words) => {
    const message = heartbeatFailureMessage("Your session has expired.", grace);
    expect(message).toContain("Heartbeat failed (Your session has expired.)");
    expect(message).toContain(words);
  });
});
