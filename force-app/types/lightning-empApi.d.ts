/**
 * Ambient types for `lightning/empApi`, which `@salesforce/lightning-types` does not declare.
 * Shapes follow the Lightning Component Library documentation of the module.
 */
declare module "lightning/empApi" {
  /** One streaming message as delivered to a subscriber. */
  export interface EmpMessage<TPayload = Record<string, unknown>> {
    channel: string;
    data: {
      schema?: string;
      event: { replayId: number; EventUuid?: string };
      payload: TPayload;
    };
  }

  /** The handle that `subscribe` resolves to and `unsubscribe` takes. */
  export interface EmpSubscription {
    id?: string;
    channel: string;
    replayId?: number;
  }

  export function subscribe<TPayload = Record<string, unknown>>(
    channel: string,
    replayId: number,
    onMessageCallback: (message: EmpMessage<TPayload>) => void
  ): Promise<EmpSubscription>;
  export function unsubscribe(
    subscription: EmpSubscription,
    callback?: (response: unknown) => void
  ): Promise<unknown>;
  export function onError(callback: (error: unknown) => void): void;
  export function setDebugFlag(flag: boolean): Promise<unknown>;
  export function isEmpEnabled(): Promise<boolean>;
}
