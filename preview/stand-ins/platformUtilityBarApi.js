// Stand-in for lightning/platformUtilityBarApi: the preview page is one open utility panel;
// label updates are shown in its header.
export class EnclosingUtilityId {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback("preview-utility");
  }
  update() {}
  disconnect() {}
}

export function open() {
  return Promise.resolve(true);
}

export function minimize() {
  return Promise.resolve(true);
}

export function updateUtility(utilityId, attributes = {}) {
  const heading = document.getElementById("panel-heading");
  if (heading && attributes.label) heading.textContent = attributes.label;
  return Promise.resolve(true);
}
