/**
 * A short tone for a new offer, made with the Web Audio API so no sound file has to be deployed.
 * Silently does nothing where audio is unavailable or blocked (no user gesture yet).
 */
type AudioContextConstructor = new () => AudioContext;

export function playChime(scope: unknown = globalThis): void {
  const AudioCtx = (scope as { AudioContext?: AudioContextConstructor })
    .AudioContext;
  if (!AudioCtx) return;
  try {
    const context = new AudioCtx();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.1;
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.onended = () => {
      context.close().catch(() => undefined);
    };
    oscillator.start();
    oscillator.stop(context.currentTime + 0.2);
  } catch {
    // Browsers may refuse audio before the first click; the visual cues remain.
  }
}
