/**
 * Countdowns follow the server's clock, not the browser's: each fetch measures how far the
 * browser's clock is from the server's (`serverNow`), and the remaining time is the offer's
 * `expiresAt` minus the browser's now corrected by that offset.
 */

/**
 * @param serverNow the server's clock when the data was read (ISO)
 * @param clientNow the browser's clock when the answer arrived (ms)
 * @return milliseconds to add to the browser's clock to get the server's
 */
export function clockOffset(serverNow: string, clientNow: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - clientNow;
}

/**
 * @param expiresAt the offer's expiry (server time, ISO)
 * @param offsetMs from clockOffset
 * @param clientNow the browser's clock (ms)
 * @return whole seconds left, never below zero (0 also when expiresAt is unreadable)
 */
export function remainingSeconds(
  expiresAt: string,
  offsetMs: number,
  clientNow: number
): number {
  const expires = Date.parse(expiresAt);
  if (Number.isNaN(expires)) return 0;
  return Math.max(0, Math.ceil((expires - (clientNow + offsetMs)) / 1000));
}

/**
 * @param seconds whole seconds left
 * @return "m:ss", e.g. "1:05"
 */
export function formatCountdown(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(safe / 60);
  const rest = safe % 60;
  return `${minutes}:${rest < 10 ? "0" : ""}${rest}`;
}
