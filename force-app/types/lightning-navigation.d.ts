/**
 * Ambient types for `lightning/navigation`, which `@salesforce/lightning-types` does not
 * declare. Shapes follow the Lightning Component Library documentation of the module.
 */
declare module "lightning/navigation" {
  /** Where to navigate, e.g. `{ type: "standard__recordPage", attributes: { … } }`. */
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }

  const Navigate: unique symbol;
  const GenerateUrl: unique symbol;

  /** The methods NavigationMixin adds to a component. */
  export interface NavigationMethods {
    [Navigate](pageReference: PageReference, replace?: boolean): void;
    [GenerateUrl](pageReference: PageReference): Promise<string>;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin constructor idiom
  type Constructor<T = object> = new (...args: any[]) => T;

  export const NavigationMixin: {
    <TBase extends Constructor>(
      base: TBase
    ): TBase & Constructor<NavigationMethods>;
    readonly Navigate: typeof Navigate;
    readonly GenerateUrl: typeof GenerateUrl;
  };

  export const CurrentPageReference: import("lwc").WireAdapterConstructor<
    Record<string, never>,
    PageReference
  >;
}
