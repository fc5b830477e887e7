import { useEffect, useState } from 'react';
import { Toggle } from '../../ui/Toggle.tsx';

/** The soft chime at each step of a guided stretch (off by default); the guide keeps the choice. */
export function SoundSettings({ onStatus }: { onStatus(message: string): void }) {
  const [sound, setSound] = useState<boolean>();
  useEffect(() => {
    void window.limber.guide.get().then((r) => r.ok && setSound(r.value.sound));
  }, []);
  if (sound === undefined) return null;
  return (
    <fieldset className="card">
      <legend>Sound</legend>
      <Toggle
        label="Play a soft chime at each step of a stretch"
        checked={sound}
        onChange={async (on) => {
          const result = await window.limber.guide.setSound({ on });
          if (result.ok) setSound(result.value.sound);
          onStatus(result.ok ? 'Saved.' : result.error.message);
          return result.ok;
        }}
      />
      <p className="hint">Notifications follow your system’s notification settings.</p>
    </fieldset>
  );
}
