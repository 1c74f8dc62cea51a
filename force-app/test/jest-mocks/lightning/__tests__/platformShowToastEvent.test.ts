import {
  ShowToastEvent,
  ShowToastEventName
} from "jest-mocks/lightning/platformShowToastEvent";

describe("lightning/platformShowToastEvent stand-in", () => {
  it("raises a bubbling, composed event named like the platform toast", () => {
    const listener = jest.fn();
    document.body.addEventListener(ShowToastEventName, listener);

    document.body.dispatchEvent(
      new ShowToastEvent({
        title: "Saved",
        message: "Rule saved",
        variant: "success"
      })
    );

    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as ShowToastEvent;
    expect(event.detail).toEqual({
      title: "Saved",
      message: "Rule saved",
      variant: "success"
    });
    expect(event.bubbles && event.composed).toBe(true);
    document.body.removeEventListener(ShowToastEventName, listener);
  });
});
