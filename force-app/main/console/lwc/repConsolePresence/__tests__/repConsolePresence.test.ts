import { createElement } from "lwc";
import RepConsolePresence from "../repConsolePresence";
import { presence } from "../../repConsole/__tests__/fixtures";
import type { Presence } from "../../repConsole/types";

type PresenceElement = HTMLElement & {
  presence: Presence | null;
  busy: boolean;
  shadowRoot: ShadowRoot;
};

async function flush(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

async function mount(value: Presence | null): Promise<PresenceElement> {
  const element = createElement("c-rep-console-presence", {
    is: RepConsolePresence
  }) as PresenceElement;
  element.presence = value;
  document.body.appendChild(element);
  await flush();
  return element;
}

function q(element: PresenceElement, selector: string): HTMLElement | null {
  return element.shadowRoot.querySelector(selector);
}

function listen(element: HTMLElement, name: string): jest.Mock {
  const handler = jest.fn();
  element.addEventListener(name, (event) =>
    handler((event as CustomEvent).detail)
  );
  return handler;
}

describe("c-rep-console-presence", () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it.each([
    [
      presence({ status: "Available", openConversations: 1 }),
      "Available",
      "1 of 3 conversations"
    ],
    [
      presence({ capacity: 1, openConversations: 0 }),
      "Offline",
      "0 of 1 conversation"
    ],
    [null, "Offline", "No capacity set"]
  ])("shows the status and capacity of %j", async (value, status, capacity) => {
    const element = await mount(value);

    expect(q(element, "lightning-combobox")).toHaveProperty("value", status);
    expect(q(element, '[data-id="capacity"]')?.textContent).toBe(capacity);
  });

  it("offers the four statuses in order", async () => {
    const element = await mount(presence());

    expect(
      (
        q(element, "lightning-combobox") as unknown as {
          options: { value: string }[];
        }
      ).options.map((option) => option.value)
    ).toEqual(["Available", "Busy", "Away", "Offline"]);
  });

  it("raises the picked status and shows it while the console saves it", async () => {
    const element = await mount(presence());
    const statusChange = listen(element, "statuschange");

    q(element, "lightning-combobox")?.dispatchEvent(
      new CustomEvent("change", { detail: { value: "Available" } })
    );
    await flush();

    expect(statusChange).toHaveBeenCalledWith({ status: "Available" });
    expect(q(element, "lightning-combobox")).toHaveProperty(
      "value",
      "Available"
    );
  });

  it("puts the stored status and sound back when the console hands in the unchanged presence", async () => {
    const stored = presence({ status: "Busy", playSoundOnOffer: false });
    const element = await mount(stored);
    q(element, "lightning-combobox")?.dispatchEvent(
      new CustomEvent("change", { detail: { value: "Available" } })
    );
    q(element, "lightning-input")?.dispatchEvent(
      new CustomEvent("change", { detail: { checked: true } })
    );
    await flush();

    element.presence = { ...stored };
    await flush();

    expect(q(element, "lightning-combobox")).toHaveProperty("value", "Busy");
    expect(q(element, "lightning-input")).toHaveProperty("checked", false);
  });

  it("raises the sound setting", async () => {
    const element = await mount(presence({ playSoundOnOffer: true }));
    const soundChange = listen(element, "soundchange");

    expect(q(element, "lightning-input")).toHaveProperty("checked", true);
    q(element, "lightning-input")?.dispatchEvent(
      new CustomEvent("change", { detail: { checked: false } })
    );

    expect(soundChange).toHaveBeenCalledWith({ playSound: false });
  });

  it.each([
    ["Available", true],
    ["Busy", true],
    ["Away", true],
    ["Offline", false]
  ] as const)("offers Sign out while %s: %p", async (status, shown) => {
    const element = await mount(presence({ status }));

    expect(Boolean(q(element, '[data-id="sign-out"]'))).toBe(shown);
  });

  it("raises sign out and disables the controls while busy", async () => {
    const element = await mount(presence({ status: "Available" }));
    const signOut = listen(element, "signout");

    q(element, '[data-id="sign-out"]')?.dispatchEvent(new CustomEvent("click"));
    element.busy = true;
    await flush();

    expect(signOut).toHaveBeenCalledTimes(1);
    expect(q(element, "lightning-combobox")).toHaveProperty("disabled", true);
    expect(q(element, '[data-id="sign-out"]')).toHaveProperty("disabled", true);
  });

  it("is accessible", async () => {
    const element = await mount(presence({ status: "Available" }));

    await expect(element).toBeAccessible();
  });
});
