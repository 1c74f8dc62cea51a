/**
 * Jest stand-in for `lightning/navigation` that records navigation, so tests can assert where a
 * component navigated. Use it in a test with
 * `jest.mock("lightning/navigation", () => jest.requireActual("jest-mocks/lightning/navigation"))`.
 */
import { createTestWireAdapter } from "@salesforce/wire-service-jest-util";

interface PageReference {
  type: string;
  attributes?: Record<string, unknown>;
  state?: Record<string, unknown>;
}

const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");

let calls: { pageReference: PageReference; replace: boolean }[] = [];

export const CurrentPageReference = createTestWireAdapter();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin constructor idiom
type Constructor<T = object> = new (...args: any[]) => T;

function mixin<TBase extends Constructor>(Base: TBase) {
  return class extends Base {
    [Navigate](pageReference: PageReference, replace = false): void {
      calls.push({ pageReference, replace });
    }
    [GenerateUrl](pageReference: PageReference): Promise<string> {
      return Promise.resolve(`https://example.com/${pageReference.type}`);
    }
  };
}

export const NavigationMixin = Object.assign(mixin, {
  Navigate,
  GenerateUrl
});

/** Drives and inspects the stand-in from tests. */
export const navigationControl = {
  /** Every navigation since the last reset, oldest first. */
  calls(): { pageReference: PageReference; replace: boolean }[] {
    return [...calls];
  },
  reset(): void {
    calls = [];
  }
};
