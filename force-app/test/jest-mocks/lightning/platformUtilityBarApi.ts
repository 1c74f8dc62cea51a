/**
 * Jest stand-in for `lightning/platformUtilityBarApi` (sfdx-lwc-jest has no stub for it): every
 * method is a `jest.fn()` resolving to true (assert the arguments it was called with), and
 * `EnclosingUtilityId` is a test wire adapter, so tests can place a component in a utility
 * (`EnclosingUtilityId.emit("utility-1")`).
 */
import { createTestWireAdapter } from "@salesforce/wire-service-jest-util";

export const EnclosingUtilityId = createTestWireAdapter();

export const open = jest.fn((): Promise<boolean> => Promise.resolve(true));

export const minimize = jest.fn((): Promise<boolean> => Promise.resolve(true));

export const updateUtility = jest.fn((): Promise<boolean> =>
  Promise.resolve(true)
);
