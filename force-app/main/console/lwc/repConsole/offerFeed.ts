/**
 * How the console hears about its offers. While the rep is Available it subscribes to the offer
 * event (lightning/empApi) and passes on only the events that name this rep. When the channel
 * is off, the subscription fails or takes longer than 10 s, or the connection or this channel
 * reports an error (client limit, delivery allocation used up, network), it polls instead and
 * tries the channel again every 30 s; once the subscription succeeds, polling stops.
 */
import {
  isEmpEnabled,
  onError,
  subscribe,
  unsubscribe
} from "lightning/empApi";
import type { EmpMessage, EmpSubscription } from "lightning/empApi";
import {
  OFFER_CHANNEL,
  POLL_INTERVAL_MS,
  REPLAY_NEW_EVENTS,
  RESUBSCRIBE_EVERY_POLLS,
  SUBSCRIBE_TIMEOUT_MS
} from "./constants";
import type { FeedMode, OfferChangedPayload } from "./types";

export interface OfferFeedHandlers {
  /** An event that names this rep arrived. */
  onEvent: (payload: OfferChangedPayload) => void;
  /** Time to fetch the offers: every poll, and once after (re)subscribing to catch up. */
  onPoll: () => void;
  /** The feed changed between live, polling and off. */
  onModeChange: (mode: FeedMode) => void;
}

/** Salesforce ids compared case-sensitively on their first 15 characters. */
function sameId(a: string, b: string): boolean {
  return a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

/** Whether the event's recipients (ids joined with ";") include the user. */
export function namesRecipient(
  payload: Partial<OfferChangedPayload> | null | undefined,
  userId: string
): boolean {
  const recipients = payload?.RecipientIds__c ?? "";
  return recipients
    .split(/[;,\s]+/)
    .some((recipient) => sameId(recipient.trim(), userId));
}

// The channel an empApi error is about: a CometD message names the subscription it concerns
// (a failed /meta/subscribe) and the channel it came on; null when it names neither.
function erroredChannel(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { channel, subscription } = error as {
    channel?: unknown;
    subscription?: unknown;
  };
  if (typeof subscription === "string" && subscription !== "") {
    return subscription;
  }
  if (typeof channel === "string" && channel !== "") return channel;
  return null;
}

// empApi reports every subscriber's errors to every onError callback on the page: this feed
// cares only about its own channel and the connection as a whole (a /meta/ channel, or no
// channel at all); errors of other event, change data capture or PushTopic channels are not
// its business.
function concernsFeed(error: unknown): boolean {
  const channel = erroredChannel(error);
  return (
    channel === null ||
    channel === OFFER_CHANNEL ||
    channel.startsWith("/meta/")
  );
}

export class OfferFeed {
  private readonly userId: string;
  private readonly handlers: OfferFeedHandlers;
  private subscription: EmpSubscription | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private polls = 0;
  private active = false;
  private connecting = false;
  // Ends the wait for a subscription in flight, as its timeout would.
  private endWait: (() => void) | null = null;
  private errorHandlerRegistered = false;
  private currentMode: FeedMode = "off";

  constructor(userId: string, handlers: OfferFeedHandlers) {
    this.userId = userId;
    this.handlers = handlers;
  }

  get mode(): FeedMode {
    return this.currentMode;
  }

  /** Starts listening (idempotent). */
  async start(): Promise<void> {
    if (this.active) return;
    this.active = true;
    if (!this.errorHandlerRegistered) {
      // empApi keeps onError callbacks for the page's life: register once, act only while active.
      this.errorHandlerRegistered = true;
      onError((error) => this.handleChannelError(error));
    }
    this.setMode("connecting");
    await this.connect();
  }

  /** Stops listening: unsubscribes and stops polling (idempotent, never rejects). */
  async stop(): Promise<void> {
    this.active = false;
    // A subscription still in flight is released when (if ever) it arrives.
    this.endWait?.();
    this.stopPolling();
    const subscription = this.subscription;
    this.subscription = null;
    this.setMode("off");
    if (subscription) await this.release(subscription);
  }

  private async connect(): Promise<void> {
    if (this.connecting) return;
    this.connecting = true;
    const attempt = this.openSubscription();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // empApi does not promise that a failed subscribe ever settles: wait for it only so long.
    const givenUp = new Promise<null>((resolve) => {
      this.endWait = () => resolve(null);
      // eslint-disable-next-line @lwc/lwc/no-async-operation -- the subscribe timeout is a timer by design
      timer = setTimeout(this.endWait, SUBSCRIBE_TIMEOUT_MS);
    });
    try {
      const subscription = await Promise.race([attempt, givenUp]);
      if (subscription) {
        this.adopt(subscription);
      } else {
        // Too late (or stopped): it is taken if it still arrives and is wanted then, else released.
        attempt.then(
          (late) => this.adopt(late),
          () => undefined
        );
        this.fallBack();
      }
    } catch {
      this.fallBack();
    } finally {
      clearTimeout(timer);
      this.endWait = null;
      this.connecting = false;
    }
  }

  private async openSubscription(): Promise<EmpSubscription> {
    if (!(await isEmpEnabled())) {
      throw new Error("The event channel is not available");
    }
    if (!this.active) throw new Error("The feed stopped");
    return subscribe<OfferChangedPayload>(
      OFFER_CHANNEL,
      REPLAY_NEW_EVENTS,
      (message) => this.handleMessage(message)
    );
  }

  // Goes live on a subscription that arrived, or releases it when it is not wanted.
  private adopt(subscription: EmpSubscription): void {
    if (!this.active || this.subscription) {
      this.release(subscription);
      return;
    }
    this.subscription = subscription;
    this.stopPolling();
    this.setMode("live");
    // Offers made while the channel was down (or before it was up) are fetched once.
    this.handlers.onPoll();
  }

  private fallBack(): void {
    if (this.active) this.startPolling();
  }

  private handleMessage(message: EmpMessage<OfferChangedPayload>): void {
    if (!this.active) return;
    const payload = message?.data?.payload;
    if (payload && namesRecipient(payload, this.userId)) {
      this.handlers.onEvent(payload);
    }
  }

  private handleChannelError(error: unknown): void {
    if (!this.active || this.mode === "polling" || !concernsFeed(error)) return;
    const subscription = this.subscription;
    this.subscription = null;
    if (subscription) this.release(subscription);
    this.startPolling();
  }

  private startPolling(): void {
    this.setMode("polling");
    if (this.pollTimer) return;
    this.polls = 0;
    this.handlers.onPoll();
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the polling fallback is a timer by design
    this.pollTimer = setInterval(() => {
      this.polls += 1;
      this.handlers.onPoll();
      if (this.polls % RESUBSCRIBE_EVERY_POLLS === 0) this.connect();
    }, POLL_INTERVAL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private async release(subscription: EmpSubscription): Promise<void> {
    try {
      // The documented calls always pass a callback: empApi may call it unconditionally.
      await unsubscribe(subscription, () => undefined);
    } catch {
      // The channel is gone already; nothing is left to release.
    }
  }

  private setMode(mode: FeedMode): void {
    if (mode === this.currentMode) return;
    this.currentMode = mode;
    this.handlers.onModeChange(mode);
  }
}
