import { useState } from 'react';
import { BackupButtons } from '../pain/BackupButtons.tsx';

/** Resets that users look for in a desktop app, each confirmed first, and the pain log's backup. */
export function DataSettings({ onStatus }: { onStatus(message: string): void }) {
  const [confirming, setConfirming] = useState(false);
  const resetSettings = async () => {
    const result = await window.limber.settings.reset();
    setConfirming(false);
    onStatus(result.ok ? 'All settings are back to their defaults.' : result.error.message);
  };
  const showWelcome = async () => {
    const result = await window.limber.onboarding.reset();
    onStatus(result.ok ? 'The welcome will show the next time Limber opens.' : result.error.message);
  };
  return (
    <fieldset className="card">
      <legend>Your data</legend>
      <p className="hint">Everything Limber keeps is stored on this computer only. Resetting settings keeps your pain log and history.</p>
      <div className="button-row">
        {confirming ? (
          <>
            <span>Reset every setting to its default?</span>
            <button type="button" onClick={() => void resetSettings()}>
              Yes, reset settings
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
            Reset settings…
          </button>
        )}
        <button type="button" className="button-quiet" onClick={() => void showWelcome()}>
          Show the welcome again
        </button>
      </div>
      <div className="button-row data-backup">
        <BackupButtons exportLabel="Back up the pain log (JSON)" importLabel="Restore from a backup…" onStatus={onStatus} />
      </div>
    </fieldset>
  );
}

