// window.preview: drives the stand-ins from the browser's console while clicking around.
//   preview.offer()            a new visitor is offered to the rep (75 s to answer)
//   preview.offer(10)          ... with 10 s to answer
//   preview.end()              another rep claims the newest open offer
//   preview.end(id, "Cancelled") that offer ends because the visitor left
//   preview.channelError()     the event channel reports an error: the console starts polling
//   preview.failNext("RepConsoleController.acceptOffer")  that Apex method's next call fails
//   window.previewNavigations  where the console navigated
import { addOffer, endOffer, failNext } from "./apex.js";
import { fail, publish } from "./empApi.js";
import { USER_ID } from "./data.mjs";

const CHANNEL = "/event/RoutingOfferChanged__e";
/**
 * How an offer ends without the rep, by the event's Reason__c: the outcome this rep's offer
 * gets on the server.
 * @type {Record<"Claimed" | "Cancelled", import("../../force-app/main/console/lwc/repConsole/types").OfferResult>}
 */
const RESULTS = { Claimed: "withdrawn", Cancelled: "cancelled" };

/**
 * @param {Record<string, unknown>} payload
 * @returns {string} what happened, for the console
 */
function deliver(payload) {
  const receivers = publish(CHANNEL, payload);
  return receivers > 0
    ? `event delivered (${payload.Kind__c})`
    : "no subscriber (polling or not Available): the next read shows it";
}

export const controls = {
  /** @param {number} [seconds] */
  offer(seconds = 75) {
    const offer = addOffer(seconds);
    return deliver({
      Kind__c: "Offered",
      ConversationId__c: offer.conversationId,
      OfferIds__c: offer.offerId,
      RecipientIds__c: USER_ID
    });
  },
  /**
   * @param {string} [offerId] the newest open offer when left out
   * @param {"Claimed" | "Cancelled"} [reason]
   */
  end(offerId, reason = "Claimed") {
    const offer = endOffer(offerId, RESULTS[reason]);
    if (!offer) return "no open offer";
    return deliver({
      Kind__c: "Ended",
      Reason__c: reason,
      ConversationId__c: offer.conversationId,
      OfferIds__c: offer.offerId,
      RecipientIds__c: USER_ID
    });
  },
  channelError() {
    fail({ error: "preview: channel error" });
    return "channel error reported";
  },
  /**
   * @param {string} method `<Class>.<method>`, e.g. "RepPresenceController.setMyStatus"
   * @param {string} [message]
   */
  failNext(method, message = "Preview: this call failed on purpose.") {
    failNext(method, message);
    return `the next ${method} fails`;
  }
};
