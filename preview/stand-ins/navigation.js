// Stand-in for lightning/navigation: records the page reference instead of navigating.
const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");

function NavigationMixinFn(Base) {
  return class extends Base {
    [Navigate](pageReference) {
      window.previewNavigations = [
        ...(window.previewNavigations ?? []),
        pageReference
      ];
    }
    [GenerateUrl]() {
      return Promise.resolve("#");
    }
  };
}

export const NavigationMixin = Object.assign(NavigationMixinFn, {
  Navigate,
  GenerateUrl
});

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({ type: "standard__navItemPage", attributes: {} });
  }
  update() {}
  disconnect() {}
}
