import { LightningElement, wire } from "lwc";
import userId from "@salesforce/user/Id";
import {
  EnclosingUtilityId,
  open,
  updateUtility
} from "lightning/platformUtilityBarApi";
import getMyPresence from "@salesforce/apex/RepPresenceController.getMyPresence";
import setMyStatus from "@salesforce/apex/RepPresenceController.setMyStatus";
import sendHeartbeat from "@salesforce/apex/RepPresenceController.sendHeartbeat";
import setPlaySoundOnOffer from "@salesforce/apex/RepPresenceController.setPlaySoundOnOffer";
import getMyOffers from "@salesforce/apex/RepConsoleController.getMyOffers";
import acceptOffer from "@salesforce/apex/RepConsoleController.acceptOffer";
import declineOffer from "@salesforce/apex/RepConsoleController.declineOffer";
import expireOffer from "@salesforce/apex/RepConsoleController.expireOffer";
import closeConversation from "@salesforce/apex/RepConsoleController.closeConversation";
import getMyConversationsToday from "@salesforce/apex/RepConsoleController.getMyConversationsToday";
import {
  ENDED_REASONS,
  GONE_REASON,
  HEARTBEAT_INTERVAL_MS,
  POLLING_NOTICE,
  SIGN_OUT_REASON,
  TICK_MS,
  UTILITY_LABEL
} from "./constants";
import { playChime } from "./chime";
import {
  heartbeatFailureMessage,
  newOfferAnnouncement,
  reduceErrors,
  utilityLabel
} from "./formatting";
import { OfferFeed } from "./offerFeed";
import {
  EMPTY_OFFERS,
  arrivedOffers,
  dueForExpiry,
  pendingCount,
  pendingOfferIds,
  reduceOffers,
  toCardView
} from "./offerState";
import type { OfferAction, OfferState } from "./offerState";
import type {
  ConversationItem,
  FeedMode,
  OfferCardView,
  OfferChangedPayload,
  OfferOutcome,
  Presence,
  PresenceStatus
} from "./types";

/**
 * The rep's working surface in the utility bar: presence (repConsolePresence) with a heartbeat
 * while Available, offers as cards (repConsoleOfferCard) with a server-clock countdown,
 * accept / decline / close, sign out, and today's conversations (repConsoleConversations).
 * Offers arrive through the offer event while Available, or by polling when the channel fails
 * (OfferFeed). This component owns the state and every Apex call; its children only render.
 */
export default class RepConsole extends LightningElement {
  @wire(EnclosingUtilityId) utilityId?: string;

  presence: Presence | null = null;
  offers: OfferState = EMPTY_OFFERS;
  conversations: ConversationItem[] = [];
  now = Date.now();
  feedMode: FeedMode = "off";
  errorMessage = "";
  heartbeatWarning = "";
  announcement = "";
  statusBusy = false;
  readonly pollingNotice = POLLING_NOTICE;

  private feed = new OfferFeed(userId, {
    onEvent: (payload) => this.handleOfferEvent(payload),
    onPoll: () => {
      this.loadOffers();
    },
    onModeChange: (mode) => {
      this.feedMode = mode;
    }
  });
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private tickTimer: ReturnType<typeof setInterval> | null = null;
  private labelledCount = -1;
  private offersRequest = 0;

  override connectedCallback(): void {
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the countdowns' clock
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    this.load();
  }

  override disconnectedCallback(): void {
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.tickTimer = null;
    this.stopAvailable();
  }

  get isAvailable(): boolean {
    return this.presence?.status === "Available";
  }

  get isPolling(): boolean {
    return this.feedMode === "polling";
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
   * Sign out: Offline first, so no new offer arrives, then every offer still waiting is declined
   * so the visitor moves on to another rep now instead of when the offer expires.
   */
  async handleSignOut(): Promise<void> {
    if (!(await this.changeStatus("Offline"))) return;
    await Promise.all(
      pendingOfferIds(this.offers).map((offerId) =>
        this.answer(offerId, () =>
          declineOffer({ offerId, reason: SIGN_OUT_REASON })
        )
      )
    );
    this.announcement = "Signed out: you are Offline";
  }

  async handleSoundChange(event: CustomEvent<{ playSound: boolean }>) {
    try {
      this.applyPresence(
        await setPlaySoundOnOffer({ playSound: event.detail.playSound })
      );
    } catch (error) {
      this.errorMessage = `Sound setting not saved: ${reduceErrors(error)}`;
      this.presence = this.presence ? { ...this.presence } : null;
    }
  }

  handleDismissError(): void {
    this.errorMessage = "";
  }

  handleAccept(event: CustomEvent<{ offerId: string }>): Promise<void> {
    const { offerId } = event.detail;
    return this.answer(offerId, () => acceptOffer({ offerId }));
  }

  handleDecline(
    event: CustomEvent<{ offerId: string; reason: string | null }>
  ): Promise<void> {
    const { offerId, reason } = event.detail;
    return this.answer(offerId, () => declineOffer({ offerId, reason }));
  }

  async handleClose(event: CustomEvent<{ conversationId: string }>) {
    const { conversationId } = event.detail;
    try {
      await closeConversation({ conversationId });
      this.dispatch({ type: "closed", conversationId });
      this.announcement = "Conversation closed";
      await Promise.all([this.loadConversations(), this.refreshPresence()]);
    } catch (error) {
      this.errorMessage = `Conversation not closed: ${reduceErrors(error)}`;
    }
  }

  private async changeStatus(status: PresenceStatus): Promise<boolean> {
    this.statusBusy = true;
    try {
      this.applyPresence(await setMyStatus({ status }));
      this.errorMessage = "";
      return true;
    } catch (error) {
      this.errorMessage = `Status not changed: ${reduceErrors(error)}`;
      // A new object makes the picker show the status the server still holds.
      this.presence = this.presence ? { ...this.presence } : null;
      return false;
    } finally {
      this.statusBusy = false;
    }
  }

  private async load(): Promise<void> {
    await this.refreshPresence();
    await Promise.all([this.loadOffers(), this.loadConversations()]);
  }

  private async refreshPresence(): Promise<void> {
    try {
      this.applyPresence(await getMyPresence());
    } catch (error) {
      this.errorMessage = `Presence unavailable: ${reduceErrors(error)}`;
    }
  }

  private applyPresence(presence: Presence): void {
    this.presence = presence;
    if (presence.status === "Available") this.startAvailable();
    else this.stopAvailable();
  }

  private startAvailable(): void {
    if (this.heartbeatTimer) return;
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the presence heartbeat
    this.heartbeatTimer = setInterval(() => {
      this.heartbeat();
    }, HEARTBEAT_INTERVAL_MS);
    this.feed.start();
  }

  private stopAvailable(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.heartbeatWarning = "";
    this.feed.stop();
  }

  private async heartbeat(): Promise<void> {
    try {
      const presence = await sendHeartbeat();
      this.heartbeatWarning = "";
      this.applyPresence(presence);
    } catch (error) {
      this.heartbeatWarning = heartbeatFailureMessage(
        reduceErrors(error),
        this.presence?.heartbeatGraceSeconds
      );
    }
  }

  private handleOfferEvent(payload: OfferChangedPayload): void {
    if (payload.Kind__c !== "Ended") {
      this.loadOffers();
      return;
    }
    const reason = ENDED_REASONS[payload.Reason__c ?? ""] ?? GONE_REASON;
    const offerIds = (payload.OfferIds__c ?? "").split(";").filter(Boolean);
    this.dispatch({ type: "ended", offerIds, reason, now: Date.now() });
    this.loadOffers(reason);
  }

  private async loadOffers(goneReason?: string): Promise<void> {
    const request = ++this.offersRequest;
    try {
      const list = await getMyOffers();
      if (request !== this.offersRequest) return;
      const before = this.offers;
      this.dispatch({ type: "loaded", list, now: Date.now(), goneReason });
      this.announceArrivals(arrivedOffers(before, this.offers));
    } catch (error) {
      this.errorMessage = `Offers could not be loaded: ${reduceErrors(error)}`;
    }
  }

  private async loadConversations(): Promise<void> {
    try {
      this.conversations = await getMyConversationsToday();
    } catch (error) {
      this.errorMessage = `Conversations could not be loaded: ${reduceErrors(error)}`;
    }
  }

  private async answer(
    offerId: string,
    call: () => Promise<OfferOutcome>
  ): Promise<void> {
    this.dispatch({ type: "answering", offerId });
    try {
      const outcome = await call();
      this.dispatch({ type: "answered", outcome, now: Date.now() });
      this.announcement = outcome.message;
      if (outcome.result === "claimed") {
        await Promise.all([this.loadConversations(), this.refreshPresence()]);
      }
    } catch (error) {
      this.dispatch({ type: "failed", offerId, message: reduceErrors(error) });
    }
  }

  private async expire(offerId: string): Promise<void> {
    this.dispatch({ type: "expiring", offerId, now: Date.now() });
    try {
      const outcome = await expireOffer({ offerId });
      this.dispatch({ type: "answered", outcome, now: Date.now() });
      if (outcome.result === "pending") await this.loadOffers();
    } catch (error) {
      this.dispatch({ type: "failed", offerId, message: reduceErrors(error) });
    }
  }

  private tick(): void {
    this.now = Date.now();
    this.dispatch({ type: "tick", now: this.now });
    for (const offerId of dueForExpiry(this.offers, this.now)) {
      this.expire(offerId);
    }
  }

  private dispatch(action: OfferAction): void {
    this.offers = reduceOffers(this.offers, action);
    this.updateUtilityLabel();
  }

  private announceArrivals(arrived: ReturnType<typeof arrivedOffers>): void {
    if (arrived.length === 0) return;
    this.announcement = newOfferAnnouncement(arrived);
    if (this.presence?.playSoundOnOffer === true) playChime();
    if (this.utilityId) {
      open(this.utilityId, { autoFocus: false }).catch(() => undefined);
    }
  }

  private updateUtilityLabel(): void {
    const count = pendingCount(this.offers);
    if (!this.utilityId || count === this.labelledCount) return;
    this.labelledCount = count;
    updateUtility(this.utilityId, {
      label: utilityLabel(UTILITY_LABEL, count),
      highlighted: count > 0
    }).catch(() => undefined);
  }
}
