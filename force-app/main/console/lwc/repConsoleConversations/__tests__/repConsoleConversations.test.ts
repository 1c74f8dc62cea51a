import { createElement } from "lwc";
import RepConsoleConversations from "../repConsoleConversations";
import { navigationControl } from "jest-mocks/lightning/navigation";
import { conversation } from "../../repConsole/__tests__/fixtures";
import type { ConversationItem } from "../../repConsole/types";

jest.mock("lightning/navigation", () =>
  jest.requireActual("jest-mocks/lightning/navigation")
);

type ListElement = HTMLElement & {
  conversations: ConversationItem[];
  shadowRoot: ShadowRoot;
};

async function mount(items: ConversationItem[]): Promise<ListElement> {
  const element = createElement("c-rep-console-conversations", {
    is: RepConsoleConversations
  }) as ListElement;
  element.conversations = items;
  document.body.appendChild(element);
  await Promise.resolve();
  return element;
}

function rows(element: ListElement): HTMLElement[] {
  return [
    ...element.shadowRoot.querySelectorAll<HTMLElement>(
      '[data-id="conversation"]'
    )
  ];
}

function button(row: HTMLElement, dataId: string): HTMLElement | null {
  return row.querySelector(`lightning-button[data-id="${dataId}"]`);
}

const CLAIMED = conversation();
const CLOSED = conversation({
  conversationId: "a01000000000002AAA",
  name: "VC-000043",
  status: "Closed",
  visitorName: null,
  visitorCompany: "Globex",
  matchedRecord: {
    recordId: "00Q000000000001AAA",
    name: "Hank Scorpio",
    type: "Lead"
  },
  endedAt: "2026-03-02T09:45:00.000Z"
});

describe("c-rep-console-conversations", () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    navigationControl.reset();
  });

  it("says so when there are none", async () => {
    const element = await mount([]);

    expect(rows(element)).toHaveLength(0);
    expect(
      element.shadowRoot.querySelector('[data-id="none"]')?.textContent?.trim()
    ).toBe("No conversations yet today.");
  });

  it("lists each conversation with the visitor, its name, state and claim time in the rep's time zone", async () => {
    const element = await mount([CLAIMED, CLOSED]);

    expect(rows(element)).toHaveLength(2);
    expect(button(rows(element)[0], "open")).toHaveProperty(
      "label",
      "Jane Doe"
    );
    // Claimed 09:30 UTC, shown in the rep's Salesforce time zone (America/Los_Angeles in Jest).
    expect(rows(element)[0].querySelector("p")?.textContent?.trim()).toMatch(
      /^VC-000042 · Claimed · 1:30\sAM$/
    );
    expect(button(rows(element)[1], "open")).toHaveProperty("label", "Globex");
  });

  it("offers Close only while the conversation is claimed", async () => {
    const element = await mount([CLAIMED, CLOSED]);

    expect(button(rows(element)[0], "close")).toHaveProperty(
      "title",
      "Close VC-000042"
    );
    expect(button(rows(element)[1], "close")).toBeNull();
  });

  it("raises closeconversation with the conversation's id", async () => {
    const element = await mount([CLAIMED]);
    const closed = jest.fn();
    element.addEventListener("closeconversation", (event) =>
      closed((event as CustomEvent).detail)
    );

    button(rows(element)[0], "close")?.dispatchEvent(new CustomEvent("click"));

    expect(closed).toHaveBeenCalledWith({
      conversationId: "a01000000000001AAA"
    });
  });

  it.each([
    [CLAIMED, "a01000000000001AAA", "Conversation__c"],
    [CLOSED, "00Q000000000001AAA", "Lead"]
  ])(
    "opens the matched record, else the conversation (%#)",
    async (item, recordId, objectApiName) => {
      const element = await mount([item]);

      button(rows(element)[0], "open")?.dispatchEvent(new CustomEvent("click"));

      expect(navigationControl.calls()).toEqual([
        {
          pageReference: {
            type: "standard__recordPage",
            attributes: { recordId, objectApiName, actionName: "view" }
          },
          replace: false
        }
      ]);
    }
  );

  it("is accessible", async () => {
    const element = await mount([CLAIMED, CLOSED]);

    await expect(element).toBeAccessible();
  });
});
