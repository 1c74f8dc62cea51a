/**
 * Jest stand-in for `lightning/platformShowToastEvent` (the sfdx-lwc-jest stub lacks the
 * event name export), so tests can listen for the toasts a component raises.
 */
import type { ShowToastEventDetail } from "lightning/platformShowToastEvent";

export const ShowToastEventName = "lightning__showtoast";

export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
  constructor(detail: ShowToastEventDetail) {
    super(ShowToastEventName, {
      composed: true,
      cancelable: true,
      bubbles: true,
      detail
    });
  }
}
