/**
 * Ambient types for `lightning/platformUtilityBarApi` (the LWC utility bar API), which
 * `@salesforce/lightning-types` does not declare. Shapes follow the Lightning Console developer
 * guide (open(), updateUtility(), EnclosingUtilityId for LWC); every method resolves to true
 * and rejects on error.
 */
declare module "lightning/platformUtilityBarApi" {
  export interface UtilityAttributes {
    label?: string;
    icon?: string;
    iconVariant?: "success" | "warning" | "error";
    highlighted?: boolean;
  }

  /** Wire adapter: the id of the utility the component sits in (undefined elsewhere). */
  export const EnclosingUtilityId: import("lwc").WireAdapterConstructor<
    Record<string, never>,
    string | undefined
  >;

  export function open(
    utilityId: string,
    options?: { autoFocus?: boolean }
  ): Promise<boolean>;
  export function minimize(utilityId: string): Promise<boolean>;
  export function updateUtility(
    utilityId: string,
    utilityAttrs?: UtilityAttributes
  ): Promise<boolean>;
}
