import { LightningElement, api } from "lwc";
import { STATUSES, formatCapacity } from "c/repConsoleFormat";
import type { Presence, PresenceStatus } from "../repConsole/types";

/** Fired with `{ status }` when the rep picks a status. */
export const STATUS_EVENT = "statuschange";
/** Fired with `{ playSound }` when the rep turns the offer sound on or off. */
export const SOUND_EVENT = "soundchange";
/** Fired when the rep signs out of routing (goes Offline and passes on pending offers). */
export const SIGN_OUT_EVENT = "signout";

/**
 * The rep's presence in the console: the status picker, the capacity sentence, the offer-sound
 * setting and Sign out. The console owns the presence and the Apex calls; this renders them
 * and raises events.
 */
export default class RepConsolePresence extends LightningElement {
  @api busy = false;

  readonly statusOptions = STATUSES.map((status) => ({
    label: status,
    value: status
  }));

  /**
   * The picker and the toggle show what the rep picked until the console hands in the presence
   * the server answered with: a new presence object puts the stored values back even when the
   * change failed (the base components keep their own value otherwise).
   */
  shownStatus: PresenceStatus = "Offline";
  shownSound = false;
  private current: Presence | null = null;

  @api
  get presence(): Presence | null {
    return this.current;
  }
  set presence(value: Presence | null) {
    this.current = value;
    this.shownStatus = value?.status ?? "Offline";
    this.shownSound = value?.playSoundOnOffer === true;
  }

  get capacityText(): string {
    return formatCapacity(
      this.current?.openConversations,
      this.current?.capacity
    );
  }

  get canSignOut(): boolean {
    return (this.current?.status ?? "Offline") !== "Offline";
  }

  handleStatusChange(event: CustomEvent<{ value: PresenceStatus }>): void {
    this.shownStatus = event.detail.value;
    this.raise(STATUS_EVENT, { status: event.detail.value });
  }

  handleSoundChange(event: CustomEvent<{ checked: boolean }>): void {
    this.shownSound = event.detail.checked === true;
    this.raise(SOUND_EVENT, { playSound: this.shownSound });
  }

  handleSignOut(): void {
    this.raise(SIGN_OUT_EVENT, {});
  }

  private raise(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
