// Stand-in for the two Apex controllers: answers from data.js, and keeps enough state that
// accept, decline, close and the status picker behave plausibly when clicked.
import { conversations, offers, presence } from "./data.js";

const state = {
  presence: presence(),
  offers: offers(),
  conversations: conversations()
};

const now = () => new Date().toISOString();

function outcome(result, offerId, message) {
  const offer = state.offers.find((o) => o.offerId === offerId);
  state.offers = state.offers.filter((o) => o.offerId !== offerId);
  return {
    result,
    offerId,
    conversationId: offer ? offer.conversationId : "",
    message
  };
}

const methods = {
  "RepPresenceController.getMyPresence": () => state.presence,
  "RepPresenceController.sendHeartbeat": () => state.presence,
  "RepPresenceController.setMyStatus": ({ status }) => {
    state.presence = {
      ...state.presence,
      status,
      online: status === "Available"
    };
    return state.presence;
  },
  "RepPresenceController.setPlaySoundOnOffer": ({ playSound }) => {
    state.presence = { ...state.presence, playSoundOnOffer: playSound };
    return state.presence;
  },
  "RepConsoleController.getMyOffers": () => ({
    serverNow: now(),
    offers: state.offers
  }),
  "RepConsoleController.acceptOffer": ({ offerId }) => {
    state.presence = {
      ...state.presence,
      openConversations: state.presence.openConversations + 1
    };
    return outcome("claimed", offerId, "You have the visitor");
  },
  "RepConsoleController.declineOffer": ({ offerId }) =>
    outcome("declined", offerId, "Declined"),
  "RepConsoleController.expireOffer": ({ offerId }) =>
    outcome("expired", offerId, "The offer expired"),
  "RepConsoleController.closeConversation": ({ conversationId }) => {
    state.conversations = state.conversations.map((c) =>
      c.conversationId === conversationId
        ? { ...c, status: "Closed", endedAt: now() }
        : c
    );
    state.presence = {
      ...state.presence,
      openConversations: Math.max(0, state.presence.openConversations - 1)
    };
  },
  "RepConsoleController.getMyConversationsToday": () => state.conversations
};

/** Answers one Apex call the way the platform does: asynchronously, with a copy. */
export function apex(method, params = {}) {
  const answer = methods[method];
  if (!answer) {
    return Promise.reject({ body: { message: `No stand-in for ${method}` } });
  }
  return Promise.resolve(structuredClone(answer(params) ?? null));
}
