/**
 * The rep's presence as the console keeps it: reads and writes through RepPresenceController, a
 * heartbeat every 30 s while Available (at once when the stored heartbeat is stale), and the
 * rule that an answer never undoes a later change: every write starts a new version, and an
 * answer to a call started before the latest write is dropped. After `disconnect()` nothing is
 * applied and no timer runs, so a late answer cannot restart the heartbeat of a console that
 * is gone.
 */
import getMyPresence from "@salesforce/apex/RepPresenceController.getMyPresence";
import setMyStatus from "@salesforce/apex/RepPresenceController.setMyStatus";
import sendHeartbeat from "@salesforce/apex/RepPresenceController.sendHeartbeat";
import setPlaySoundOnOffer from "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer";
import { HEARTBEAT_INTERVAL_MS } from "./constants";
import { heartbeatFailureMessage, reduceErrors } from "c/repConsoleFormat";
import type { Presence, PresenceStatus } from "./types";

export interface PresenceHandlers {
  /** The presence the server answered with, to show and act on (start or stop listening). */
  onPresence: (presence: Presence) => void;
  /** Why the heartbeat failed; "" once it works again or stops. */
  onHeartbeatWarning: (warning: string) => void;
}

export class PresenceSession {
  private readonly handlers: PresenceHandlers;
  private version = 0;
  private connected = false;
  private current: Presence | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(handlers: PresenceHandlers) {
    this.handlers = handlers;
  }

  /** Starts applying answers (the console is on the page). */
  connect(): void {
    this.connected = true;
  }

  /** Stops the heartbeat and drops every answer still on its way. */
  disconnect(): void {
    this.connected = false;
    this.stopHeartbeat();
  }

  /** Reads the stored presence. Rejects with the Apex error. */
  async refresh(): Promise<void> {
    const version = this.version;
    const presence = await getMyPresence();
    if (version === this.version) this.apply(presence);
  }

  /** Saves a status. Rejects with the Apex error; nothing is applied then. */
  setStatus(status: PresenceStatus): Promise<void> {
    return this.write(() => setMyStatus({ status }));
  }

  /** Saves whether a new offer plays a sound. Rejects with the Apex error. */
  setPlaySound(playSound: boolean): Promise<void> {
    return this.write(() => setPlaySoundOnOffer({ playSound }));
  }

  private async write(call: () => Promise<Presence>): Promise<void> {
    const version = ++this.version;
    const presence = await call();
    if (version === this.version) this.apply(presence);
  }

  private async beat(): Promise<void> {
    const version = this.version;
    try {
      const presence = await sendHeartbeat();
      if (!this.connected) return;
      this.handlers.onHeartbeatWarning("");
      if (version === this.version) this.apply(presence);
    } catch (error) {
      if (!this.connected) return;
      this.handlers.onHeartbeatWarning(
        heartbeatFailureMessage(
          reduceErrors(error),
          this.current?.heartbeatGraceSeconds
        )
      );
    }
  }

  private apply(presence: Presence): void {
    if (!this.connected) return;
    this.current = presence;
    this.handlers.onPresence(presence);
    if (presence.status === "Available") this.startHeartbeat(presence);
    else this.stopHeartbeat();
  }

  private startHeartbeat(presence: Presence): void {
    if (this.timer) return;
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the presence heartbeat
    this.timer = setInterval(() => {
      this.beat();
    }, HEARTBEAT_INTERVAL_MS);
    // A stale stored heartbeat means routing skips the rep: beat now, not in 30 s.
    if (!presence.online) this.beat();
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.handlers.onHeartbeatWarning("");
  }
}
