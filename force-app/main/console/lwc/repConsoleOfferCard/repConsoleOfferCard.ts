import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import type { OfferCardView } from "../repConsole/types";

/** Fired with `{ offerId }` when the rep accepts. */
export const ACCEPT_EVENT = "accept";
/** Fired with `{ offerId, reason }` when the rep declines (reason null when none given). */
export const DECLINE_EVENT = "decline";
/** Fired with `{ conversationId }` when the rep closes a claimed conversation. */
export const CLOSE_EVENT = "closeconversation";

/**
 * One offer in the rep console: who the visitor is and why they came to this rep, the countdown,
 * Accept / Decline (with an optional reason); once claimed, open the record, copy the details and
 * close the conversation; once ended, the reason. The console owns the state; the card renders
 * it and raises events.
 */
export default class RepConsoleOfferCard extends NavigationMixin(
  LightningElement
) {
  @api offer?: OfferCardView;

  declining = false;
  declineReason = "";
  copyMessage = "";
  /** Where keyboard focus goes once the next render shows it (the old control is gone). */
  private focusNext: string | null = null;
  private shownPhase: string | undefined;

  override renderedCallback(): void {
    const phase = this.offer?.phase;
    const claimedNow =
      phase === "claimed" &&
      this.shownPhase !== undefined &&
      this.shownPhase !== "claimed";
    if (claimedNow) {
      this.focusNext = "open-record";
    }
    this.shownPhase = phase;
    if (!this.focusNext) return;
    const target = this.template?.querySelector<HTMLElement>(
      `[data-id="${this.focusNext}"]`
    );
    this.focusNext = null;
    target?.focus();
  }

  get isOpen(): boolean {
    return this.offer?.phase === "pending" || this.offer?.phase === "working";
  }

  get isWorking(): boolean {
    return this.offer?.phase === "working";
  }

  get isClaimed(): boolean {
    return this.offer?.phase === "claimed";
  }

  get isEnded(): boolean {
    return this.offer?.phase === "ended";
  }

  handleAccept(): void {
    this.raise(ACCEPT_EVENT, { offerId: this.offer?.offerId });
  }

  handleDeclineStart(): void {
    this.declining = true;
    this.focusNext = "decline-reason";
  }

  handleDeclineCancel(): void {
    this.declining = false;
    this.declineReason = "";
    this.focusNext = "decline";
  }

  handleReasonChange(event: CustomEvent<{ value: string }>): void {
    this.declineReason = event.detail.value ?? "";
  }

  handleDeclineConfirm(): void {
    const reason = this.declineReason.trim();
    this.declining = false;
    this.raise(DECLINE_EVENT, {
      offerId: this.offer?.offerId,
      reason: reason || null
    });
  }

  handleOpenRecord(): void {
    const record = this.offer?.matchedRecord;
    this[NavigationMixin.Navigate]({
      type: "standard__recordPage",
      attributes: {
        recordId: record ? record.recordId : this.offer?.conversationId,
        objectApiName: record ? record.type : "Conversation__c",
        actionName: "view"
      }
    });
  }

  async handleCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.offer?.copyText ?? "");
      this.copyMessage = "Details copied";
    } catch {
      this.copyMessage =
        "Copying is not allowed here: select the details instead";
    }
  }

  handleClose(): void {
    this.raise(CLOSE_EVENT, { conversationId: this.offer?.conversationId });
  }

  private raise(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
