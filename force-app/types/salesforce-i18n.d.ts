/**
 * Ambient types for the `@salesforce/i18n/*` scoped modules the console uses, which
 * `@salesforce/lightning-types` does not declare: the running user's locale ("en-US") and
 * time zone ("Europe/Berlin") as set in their Salesforce settings.
 */
declare module "@salesforce/i18n/locale" {
  const locale: string;
  export default locale;
}

declare module "@salesforce/i18n/timeZone" {
  const timeZone: string;
  export default timeZone;
}
