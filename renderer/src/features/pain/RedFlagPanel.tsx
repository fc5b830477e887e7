// The warning shown when a saved entry meets an emergency or urgent rule. It stays until the user
// acknowledges it; the acknowledgement is recorded on the entry in main.
import { useEffect, useRef, useState } from 'react';
import { flagGuidance } from '../../../../shared/pain/guidance.ts';
import { highestLevel, type RedFlag } from '../../../../shared/pain/redFlags.ts';

export function RedFlagPanel({ entryId, flags, onDone }: { entryId: string; flags: RedFlag[]; onDone(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState('');
  const level = highestLevel(flags) === 'emergency' ? 'emergency' : 'urgent';
  const guidance = flagGuidance[level];
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const acknowledge = async () => {
    const result = await window.limber.pain.acknowledge({ id: entryId });
    if (!result.ok) return setError(result.error.message);
    ref.current?.close();
    onDone();
  };
  return (
    <dialog
      ref={ref}
      className={`flag-panel flag-${level}`}
      role="alertdialog"
      aria-labelledby="flag-title"
      aria-describedby="flag-body"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="flag-title">{guidance.title}</h2>
      <div id="flag-body">
        <p>Your entry includes:</p>
        <ul>
          {flags.map((f) => (
            <li key={f.id}>{f.reason}</li>
          ))}
        </ul>
        {guidance.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
      <button type="button" className="flag-ack" onClick={() => void acknowledge()}>
        I have read this
      </button>
      <p className="hint">Sources: {[...new Set(flags.flatMap((f) => f.sources))].join('; ')}</p>
    </dialog>
  );
}
