// Stand-in for lightning/navigation: logs each page reference (console.info) and keeps it in
// window.previewNavigations instead of navigating.
const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");

/** @typedef {import("lightning/navigation").PageReference} PageReference */

/**
 * @template {new (...args: any[]) => object} TBase
 * @param {TBase} Base
 */
function NavigationMixinFn(Base) {
  return class extends Base {
    /**
     * @param {PageReference} pageReference
     * @param {boolean} [replace]
     */
    [Navigate](pageReference, replace = false) {
      console.info("preview: navigate", JSON.stringify(pageReference), {
        replace
      });
      const log = /** @type {{ previewNavigations?: PageReference[] }} */ (
        /** @type {unknown} */ (window)
      );
      log.previewNavigations = [
        ...(log.previewNavigations ?? []),
        pageReference
      ];
    }

    /** @param {PageReference} pageReference */
    [GenerateUrl](pageReference) {
      const id = pageReference.attributes?.recordId;
      return Promise.resolve(typeof id === "string" ? `#/${id}` : "#");
    }
  };
}

export const NavigationMixin = Object.assign(NavigationMixinFn, {
  Navigate,
  GenerateUrl
});

/** Wire adapter: the page the console sits on (a navigation item in the preview). */
export class CurrentPageReference {
  /** @param {(value: PageReference) => void} dataCallback */
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({ type: "standard__navItemPage", attributes: {} });
  }
  update() {}
  disconnect() {}
}
