// A soft, short tone at step changes: a Web Audio sine with a gentle fade, no sound files.
let context: AudioContext | undefined;

export function softChime(): void {
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(660, now);
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.06, now + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.5);
    osc.connect(gain).connect(context.destination);
    osc.start(now);
    osc.stop(now + 0.55);
  } catch {
    // No audio device: the chime is optional, the player carries on silently.
  }
}
