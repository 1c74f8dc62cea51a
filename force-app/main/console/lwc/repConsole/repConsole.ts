import { LightningElement, wire } from "lwc";
import userId from "@salesforce/user/Id";
import {
  EnclosingUtilityId,
  open,
  updateUtility
} from "lightning/platformUtilityBarApi";
import closeConversation from "@salesforce/apex/RepConsoleController.closeConversation";
import getMyConversationsToday from "@salesforce/apex/RepConsoleController.getMyConversationsToday";
import {
  POLLING_NOTICE,
  SIGN_OUT_REASON,
  TICK_MS,
  UTILITY_LABEL
} from "./constants";
import { playChime } from "./chime";
import {
  newOfferAnnouncement,
  reduceErrors,
  utilityLabel
} from "c/repConsoleFormat";
import { OfferDesk } from "./offerDesk";
import { OfferFeed } from "./offerFeed";
import { EMPTY_OFFERS, pendingCount, toCardView } from "./offerState";
import type { OfferState } from "./offerState";
import { PresenceSession } from "./presenceSession";
import type {
  ConversationItem,
  FeedMode,
  Offer,
  OfferCardView,
  Presence,
  PresenceStatus
} from "./types";

/** Where an error came from: a later success of the same kind clears it. */
type ErrorSource =
  "presence" | "status" | "sound" | "offers" | "conversations" | "close";

/**
 * The rep's working surface in the utility bar: presence with its heartbeat (PresenceSession,
 * repConsolePresence), offers as cards with a server-clock countdown (OfferDesk,
 * repConsoleOfferCard), sign out, and today's conversations (repConsoleConversations). Offers
 * arrive through the offer event while Available, or by polling when the channel fails
 * (OfferFeed). This component wires them together and renders; its children raise events.
 */
export default class RepConsole extends LightningElement {
  utilityId?: string;

  presence: Presence | null = null;
  offers: OfferState = EMPTY_OFFERS;
  conversations: ConversationItem[] = [];
  now = Date.now();
  feedMode: FeedMode = "off";
  errors: Partial<Record<ErrorSource, string>> = {};
  heartbeatWarning = "";
  announcement = "";
  statusBusy = false;

  private desk = new OfferDesk({
    onChange: (offers) => {
      this.offers = offers;
      this.updateUtilityLabel();
    },
    onArrived: (offers) => this.announceArrivals(offers),
    onAnnounce: (message) => this.announce(message),
    onLoadError: (message) => this.setError("offers", message),
    onClaimed: () => this.refreshAfterClaim()
  });
  private feed = new OfferFeed(userId, {
    onEvent: (payload) => this.desk.handleEvent(payload),
    onPoll: () => {
      this.desk.load();
    },
    onModeChange: (mode) => {
      this.feedMode = mode;
    }
  });
  private session = new PresenceSession({
    onPresence: (presence) => this.applyPresence(presence),
    onHeartbeatWarning: (warning) => {
      this.heartbeatWarning = warning;
    }
  });
  private tickTimer: ReturnType<typeof setInterval> | null = null;
  private labelledCount = -1;

  override connectedCallback(): void {
    this.session.connect();
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the countdowns' clock
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    this.load();
  }

  override disconnectedCallback(): void {
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.tickTimer = null;
    this.session.disconnect();
    this.feed.stop();
  }

  /** The utility item around the console; offers may have loaded before it is known. */
  @wire(EnclosingUtilityId)
  wiredUtilityId(utilityId: string | undefined): void {
    this.utilityId = utilityId;
    this.updateUtilityLabel();
  }

  get isAvailable(): boolean {
    return this.presence?.status === "Available";
  }

  /** Always rendered (a live region must exist before its text changes). */
  get pollingText(): string {
    return this.feedMode === "polling" ? POLLING_NOTICE : "";
  }

  get errorMessages(): string[] {
    return Object.values(this.errors).filter((message): message is string =>
      Boolean(message)
    );
  }

  get hasErrors(): boolean {
    return this.errorMessages.length > 0;
  }

  get cards(): OfferCardView[] {
    return this.offers.entries.map((entry) => toCardView(entry, this.now));
  }

  get hasCards(): boolean {
    return this.offers.entries.length > 0;
  }

  async handleStatusChange(event: CustomEvent<{ status: PresenceStatus }>) {
    await this.changeStatus(event.detail.status);
  }

  /**
   * Sign out: Offline first, so no new offer arrives, then a fresh list (answers already on
   * their way are dropped) and every offer still waiting in it is declined, so the visitor
   * moves on to another rep now instead of when the offer expires.
   */
  async handleSignOut(): Promise<void> {
    if (!(await this.changeStatus("Offline"))) return;
    await this.desk.load();
    await this.desk.declineAllWaiting(SIGN_OUT_REASON);
    this.announce("Signed out: you are Offline");
  }

  async handleSoundChange(event: CustomEvent<{ playSound: boolean }>) {
    try {
      await this.session.setPlaySound(event.detail.playSound);
      this.setError("sound", "");
    } catch (error) {
      this.setError("sound", `Sound setting not saved: ${reduceErrors(error)}`);
      this.presence = this.presence ? { ...this.presence } : null;
    }
  }

  handleDismissError(): void {
    this.errors = {};
  }

  handleAccept(event: CustomEvent<{ offerId: string }>): Promise<void> {
    return this.desk.accept(event.detail.offerId);
  }

  handleDecline(
    event: CustomEvent<{ offerId: string; reason: string | null }>
  ): Promise<void> {
    return this.desk.decline(event.detail.offerId, event.detail.reason);
  }

  async handleClose(event: CustomEvent<{ conversationId: string }>) {
    const { conversationId } = event.detail;
    try {
      await closeConversation({ conversationId });
      this.setError("close", "");
      this.desk.closed(conversationId);
      this.announce("Conversation closed");
      await Promise.all([this.loadConversations(), this.refreshPresence()]);
    } catch (error) {
      this.setError("close", `Conversation not closed: ${reduceErrors(error)}`);
    }
  }

  private async changeStatus(status: PresenceStatus): Promise<boolean> {
    this.statusBusy = true;
    try {
      await this.session.setStatus(status);
      this.setError("status", "");
      return true;
    } catch (error) {
      this.setError("status", `Status not changed: ${reduceErrors(error)}`);
      // A new object makes the picker show the status the server still holds; an earlier
      // change may have been saved meanwhile, so read it.
      this.presence = this.presence ? { ...this.presence } : null;
      this.refreshPresence();
      return false;
    } finally {
      this.statusBusy = false;
    }
  }

  private async load(): Promise<void> {
    await this.refreshPresence();
    await Promise.all([this.desk.load(), this.loadConversations()]);
  }

  private async refreshPresence(): Promise<void> {
    try {
      await this.session.refresh();
      this.setError("presence", "");
    } catch (error) {
      this.setError("presence", `Presence unavailable: ${reduceErrors(error)}`);
    }
  }

  private applyPresence(presence: Presence): void {
    const wasAvailable = this.isAvailable;
    this.presence = presence;
    if (presence.status === "Available") {
      this.feed.start();
      return;
    }
    this.feed.stop();
    // No more events: one last read so waiting cards show what happened to them meanwhile.
    if (wasAvailable) this.desk.load();
  }

  private async loadConversations(): Promise<void> {
    try {
      this.conversations = await getMyConversationsToday();
      this.setError("conversations", "");
    } catch (error) {
      this.setError(
        "conversations",
        `Conversations could not be loaded: ${reduceErrors(error)}`
      );
    }
  }

  private async refreshAfterClaim(): Promise<void> {
    await Promise.all([this.loadConversations(), this.refreshPresence()]);
  }

  private tick(): void {
    this.now = Date.now();
    this.desk.tick(this.now);
  }

  private setError(source: ErrorSource, message: string): void {
    if ((this.errors[source] ?? "") === message) return;
    this.errors = { ...this.errors, [source]: message };
  }

  /** Screen readers announce a change only: the same sentence twice gets a trailing space. */
  private announce(message: string): void {
    this.announcement =
      message === this.announcement ? `${message}\u00a0` : message;
  }

  private announceArrivals(arrived: Offer[]): void {
    if (arrived.length === 0) return;
    this.announce(newOfferAnnouncement(arrived));
    if (this.presence?.playSoundOnOffer === true) playChime();
    this.callUtilityBar(() => {
      if (this.utilityId) return open(this.utilityId, { autoFocus: false });
      return undefined;
    });
  }

  private updateUtilityLabel(): void {
    const count = pendingCount(this.offers);
    if (!this.utilityId || count === this.labelledCount) return;
    const utilityId = this.utilityId;
    this.callUtilityBar(() =>
      updateUtility(utilityId, {
        label: utilityLabel(UTILITY_LABEL, count),
        highlighted: count > 0
      }).then((updated) => {
        // Only a label that was set counts as set: a refused one is tried at the next change.
        if (updated) this.labelledCount = count;
        return updated;
      })
    );
  }

  // The utility bar is a courtesy: outside one, or when it refuses, the console works on.
  private callUtilityBar(call: () => Promise<boolean> | undefined): void {
    try {
      call()?.catch(() => undefined);
    } catch {
      // Thrown instead of rejected (no utility bar around the console): nothing to update.
    }
  }
}
