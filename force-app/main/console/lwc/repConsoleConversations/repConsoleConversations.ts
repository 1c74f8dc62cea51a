import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import { formatClock, visitorHeading } from "c/repConsoleFormat";
import type { ConversationItem } from "../repConsole/types";

/** Fired with `{ conversationId }` when the rep closes a claimed conversation. */
export const CLOSE_EVENT = "closeconversation";

interface ConversationRow {
  conversationId: string;
  heading: string;
  summary: string;
  isOpen: boolean;
  openLabel: string;
  closeLabel: string;
}

/**
 * "My conversations today": the conversations the rep claimed today or still holds, each with
 * its state, a link to the visitor's record and, while claimed, Close. The console loads the
 * list and closes conversations; this renders it and raises events.
 */
export default class RepConsoleConversations extends NavigationMixin(
  LightningElement
) {
  @api conversations: ConversationItem[] = [];

  get rows(): ConversationRow[] {
    return (this.conversations ?? []).map((item) => {
      const heading = visitorHeading(item.visitorName, item.visitorCompany);
      return {
        conversationId: item.conversationId,
        heading,
        summary: [item.name, item.status, formatClock(item.claimedAt)].join(
          " · "
        ),
        isOpen: item.status === "Claimed",
        openLabel: item.matchedRecord
          ? `Open ${item.matchedRecord.type} ${heading}`
          : `Open conversation ${item.name}`,
        closeLabel: `Close ${item.name}`
      };
    });
  }

  get hasRows(): boolean {
    return (this.conversations ?? []).length > 0;
  }

  handleOpen(event: Event): void {
    const item = this.find(event);
    if (!item) return;
    const record = item.matchedRecord;
    this[NavigationMixin.Navigate]({
      type: "standard__recordPage",
      attributes: {
        recordId: record ? record.recordId : item.conversationId,
        objectApiName: record ? record.type : "Conversation__c",
        actionName: "view"
      }
    });
  }

  handleClose(event: Event): void {
    const item = this.find(event);
    if (!item) return;
    this.dispatchEvent(
      new CustomEvent(CLOSE_EVENT, {
        detail: { conversationId: item.conversationId }
      })
    );
  }

  private find(event: Event): ConversationItem | undefined {
    const id = (event.currentTarget as HTMLElement | null)?.dataset
      .conversationId;
    return (this.conversations ?? []).find(
      (item) => item.conversationId === id
    );
  }
}
