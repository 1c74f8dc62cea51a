/**
 * Ambient types for the RepConsoleController methods the rep console imports. The shapes are
 * the console's mirrors of the Apex DTOs (force-app/main/console/lwc/repConsole/types.ts).
 */
declare module "@salesforce/apex/RepConsoleController.getMyOffers" {
  const getMyOffers: () => Promise<
    import("../main/console/lwc/repConsole/types").OfferList
  >;
  export default getMyOffers;
}

declare module "@salesforce/apex/RepConsoleController.acceptOffer" {
  const acceptOffer: (params: {
    offerId: string;
  }) => Promise<import("../main/console/lwc/repConsole/types").OfferOutcome>;
  export default acceptOffer;
}

declare module "@salesforce/apex/RepConsoleController.declineOffer" {
  const declineOffer: (params: {
    offerId: string;
    reason: string | null;
  }) => Promise<import("../main/console/lwc/repConsole/types").OfferOutcome>;
  export default declineOffer;
}

declare module "@salesforce/apex/RepConsoleController.expireOffer" {
  const expireOffer: (params: {
    offerId: string;
  }) => Promise<import("../main/console/lwc/repConsole/types").OfferOutcome>;
  export default expireOffer;
}

declare module "@salesforce/apex/RepConsoleController.closeConversation" {
  const closeConversation: (params: {
    conversationId: string;
  }) => Promise<void>;
  export default closeConversation;
}

declare module "@salesforce/apex/RepConsoleController.getMyConversationsToday" {
  const getMyConversationsToday: () => Promise<
    import("../main/console/lwc/repConsole/types").ConversationItem[]
  >;
  export default getMyConversationsToday;
}
