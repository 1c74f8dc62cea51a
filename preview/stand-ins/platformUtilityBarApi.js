// Stand-in for lightning/platformUtilityBarApi: the preview page is one open utility panel.
// updateUtility shows the label in the panel's header (the highlight belongs to the bar's
// button, which the preview has not).

/** Wire adapter: the id of the utility the console sits in. */
export class EnclosingUtilityId {
  /** @param {(value: string | undefined) => void} dataCallback */
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback("preview-utility");
  }
  update() {}
  disconnect() {}
}

/** @type {typeof import("lightning/platformUtilityBarApi").open} */
export const open = () => Promise.resolve(true);

/** @type {typeof import("lightning/platformUtilityBarApi").minimize} */
export const minimize = () => Promise.resolve(true);

/** @type {typeof import("lightning/platformUtilityBarApi").updateUtility} */
export const updateUtility = (utilityId, attributes = {}) => {
  const heading = document.getElementById("panel-heading");
  if (heading && attributes.label) heading.textContent = attributes.label;
  return Promise.resolve(true);
};
