import { clockOffset, formatCountdown, remainingSeconds } from "../countdown";

describe("repConsole countdown", () => {
  const now = Date.parse("2026-03-02T10:00:00.000Z");

  it.each([
    ["2026-03-02T10:00:05.000Z", 5000],
    ["2026-03-02T09:59:58.000Z", -2000],
    ["not a date", 0]
  ])(
    "measures the offset to server time %p as %p ms",
    (serverNow, expected) => {
      expect(clockOffset(serverNow, now)).toBe(expected);
    }
  );

  it.each([
    ["2026-03-02T10:00:30.000Z", 0, 30],
    ["2026-03-02T10:00:30.000Z", 5000, 25],
    ["2026-03-02T10:00:30.500Z", 0, 31],
    ["2026-03-02T09:59:00.000Z", 0, 0],
    ["garbage", 0, 0]
  ])("leaves %p with offset %p: %p s", (expiresAt, offset, expected) => {
    expect(remainingSeconds(expiresAt, offset, now)).toBe(expected);
  });

  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [65, "1:05"],
    [-3, "0:00"]
  ])("shows %p s as %p", (seconds, expected) => {
    expect(formatCountdown(seconds)).toBe(expected);
  });
});
