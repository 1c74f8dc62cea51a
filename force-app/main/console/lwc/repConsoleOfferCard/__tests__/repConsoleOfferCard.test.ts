import { createElement } from "lwc";
import RepConsoleOfferCard from "../repConsoleOfferCard";
import { navigationControl } from "jest-mocks/lightning/navigation";
import type { OfferCardView } from "../../repConsole/types";

jest.mock("lightning/navigation", () =>
  jest.requireActual("jest-mocks/lightning/navigation")
);

function view(overrides: Partial<OfferCardView> = {}): OfferCardView {
  return {
    offerId: "a02000000000001AAA",
    conversationId: "a01000000000001AAA",
    phase: "pending",
    heading: "Jane Doe",
    company: "Acme",
    email: "jane@acme.example",
    matchedRecord: {
      recordId: "003000000000001AAA",
      name: "Jane Doe",
      type: "Contact"
    },
    matchedRecordLabel: "Contact: Jane Doe",
    location: "Berlin, BE, DE",
    pageUrl: "https://example.com/pricing",
    utm: "source: google",
    reason: "Rule 'DACH' → Sales DACH",
    remainingSeconds: 30,
    countdown: "0:30",
    endedReason: null,
    error: null,
    copyText: "Name: Jane Doe",
    ...overrides
  };
}

async function flush(): Promise<void> {
  // Enough microtask turns for the console's chained Apex calls and re-renders.
  await Array.from({ length: 5 }).reduce<Promise<void>>(
    (turn) => turn.then(() => undefined),
    Promise.resolve()
  );
}

async function mount(offer: OfferCardView) {
  const element = createElement("c-rep-console-offer-card", {
    is: RepConsoleOfferCard
  }) as HTMLElement & { offer: OfferCardView; shadowRoot: ShadowRoot };
  element.offer = offer;
  document.body.appendChild(element);
  await flush();
  return element;
}

function button(element: HTMLElement, dataId: string): HTMLElement | null {
  return (
    element.shadowRoot?.querySelector(
      `lightning-button[data-id="${dataId}"]`
    ) ?? null
  );
}

function click(element: HTMLElement, dataId: string): void {
  button(element, dataId)?.dispatchEvent(new CustomEvent("click"));
}

describe("c-rep-console-offer-card", () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    navigationControl.reset();
  });

  it("shows who the visitor is, why they came and the countdown", async () => {
    const element = await mount(view());
    const content = element.shadowRoot.textContent ?? "";

    expect(content).toContain("Jane Doe");
    expect(content).toContain("Acme");
    expect(content).toContain("Berlin, BE, DE");
    expect(content).toContain("source: google");
    expect(content).toContain("Rule 'DACH' → Sales DACH");
    expect(
      element.shadowRoot
        .querySelector('[data-id="countdown"]')
        ?.textContent?.replace(/\s+/g, " ")
        .trim()
    ).toBe("Offer expires in 0:30");
  });

  it("labels the card with the visitor, so its buttons have their context", async () => {
    const element = await mount(view());

    expect(
      element.shadowRoot.querySelector("article")?.getAttribute("aria-label")
    ).toBe("Jane Doe");
  });

  it("moves focus to the reason when declining and back when kept", async () => {
    const focus = jest.spyOn(HTMLElement.prototype, "focus");
    try {
      const element = await mount(view());

      click(element, "decline");
      await flush();
      expect(focus.mock.contexts.at(-1)).toBe(
        element.shadowRoot.querySelector('[data-id="decline-reason"]')
      );

      click(element, "decline-cancel");
      await flush();
      expect(focus.mock.contexts.at(-1)).toBe(button(element, "decline"));
    } finally {
      focus.mockRestore();
    }
  });

  it("moves focus to Open record once the offer is claimed", async () => {
    const focus = jest.spyOn(HTMLElement.prototype, "focus");
    try {
      const element = await mount(view());
      expect(focus).not.toHaveBeenCalled();

      element.offer = view({ phase: "claimed" });
      await flush();

      expect(focus.mock.contexts.at(-1)).toBe(button(element, "open-record"));
    } finally {
      focus.mockRestore();
    }
  });

  it("raises accept with the offer id", async () => {
    const element = await mount(view());
    const onAccept = jest.fn();
    element.addEventListener("accept", onAccept);

    click(element, "accept");

    expect(onAccept.mock.calls[0][0].detail).toEqual({
      offerId: "a02000000000001AAA"
    });
  });

  it("declines without a reason, and can be cancelled", async () => {
    const element = await mount(view());
    const onDecline = jest.fn();
    element.addEventListener("decline", onDecline);

    click(element, "decline");
    await flush();
    click(element, "decline-cancel");
    await flush();
    expect(button(element, "decline-confirm")).toBeNull();

    click(element, "decline");
    await flush();
    click(element, "decline-confirm");

    expect(onDecline.mock.calls[0][0].detail).toEqual({
      offerId: "a02000000000001AAA",
      reason: null
    });
  });

  it("disables the answers while one is being sent", async () => {
    const element = await mount(view({ phase: "working" }));

    expect(button(element, "accept")).toHaveProperty("disabled", true);
  });

  it("opens the matched record once claimed", async () => {
    const element = await mount(view({ phase: "claimed" }));

    click(element, "open-record");

    expect(navigationControl.calls()[0].pageReference).toEqual({
      type: "standard__recordPage",
      attributes: {
        recordId: "003000000000001AAA",
        objectApiName: "Contact",
        actionName: "view"
      }
    });
  });

  it("opens the conversation when no record matched", async () => {
    const element = await mount(
      view({ phase: "claimed", matchedRecord: null, matchedRecordLabel: null })
    );

    click(element, "open-record");

    expect(navigationControl.calls()[0].pageReference.attributes).toEqual({
      recordId: "a01000000000001AAA",
      objectApiName: "Conversation__c",
      actionName: "view"
    });
  });

  it("copies the visitor's details and says so", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const element = await mount(view({ phase: "claimed" }));

    click(element, "copy");
    await flush();

    expect(writeText).toHaveBeenCalledWith("Name: Jane Doe");
    expect(
      element.shadowRoot.querySelector('[role="status"]')?.textContent
    ).toBe("Details copied");
  });

  it("explains when copying is not allowed", async () => {
    Object.assign(navigator, {
      clipboard: { writeText: jest.fn().mockRejectedValue(new Error("denied")) }
    });
    const element = await mount(view({ phase: "claimed" }));

    click(element, "copy");
    await flush();

    expect(
      element.shadowRoot.querySelector('[role="status"]')?.textContent
    ).toContain("select the details");
  });

  it("raises closeconversation with the conversation id", async () => {
    const element = await mount(view({ phase: "claimed" }));
    const onClose = jest.fn();
    element.addEventListener("closeconversation", onClose);

    click(element, "close");

    expect(onClose.mock.calls[0][0].detail).toEqual({
      conversationId: "a01000000000001AAA"
    });
  });

  it("shows why an offer ended, without answers", async () => {
    const element = await mount(
      view({ phase: "ended", endedReason: "Taken by another rep" })
    );

    expect(
      element.shadowRoot.querySelector('[data-id="ended-reason"]')?.textContent
    ).toBe("Taken by another rep");
    expect(button(element, "accept")).toBeNull();
  });

  it("renders nothing without an offer", async () => {
    const element = createElement("c-rep-console-offer-card", {
      is: RepConsoleOfferCard
    });
    document.body.appendChild(element);
    await flush();

    expect(element.shadowRoot?.querySelector("article")).toBeNull();
  });

  it.each([["pending"], ["claimed"], ["ended"]] as const)(
    "is accessible when %s",
    async (phase) => {
      const element = await mount(
        view({ phase, endedReason: "Declined", error: "Network error" })
      );

      await expect(element).toBeAccessible();
    }
  );
});
