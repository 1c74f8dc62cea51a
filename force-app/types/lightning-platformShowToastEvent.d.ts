/**
 * Ambient types for `lightning/platformShowToastEvent`, which `@salesforce/lightning-types` does
 * not declare.
 */
declare module "lightning/platformShowToastEvent" {
  export type ToastVariant = "info" | "success" | "warning" | "error";
  export type ToastMode = "dismissible" | "pester" | "sticky";

  export interface ShowToastEventDetail {
    title: string;
    message?: string;
    messageData?: ReadonlyArray<string | { url: string; label: string }>;
    variant?: ToastVariant;
    mode?: ToastMode;
  }

  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail);
  }
}
