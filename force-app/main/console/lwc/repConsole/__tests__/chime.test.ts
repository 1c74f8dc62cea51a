import { playChime } from "../chime";

describe("repConsole chime", () => {
  it("does nothing where there is no audio", () => {
    expect(() => playChime({})).not.toThrow();
  });

  it("stays silent when the browser refuses audio", () => {
    const Refusing = jest.fn(() => {
      throw new Error("NotAllowedError");
    });
    expect(() => playChime({ AudioContext: Refusing })).not.toThrow();
  });
});
