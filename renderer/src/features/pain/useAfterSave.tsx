// What follows a save: the red-flag panel first (until acknowledged), then relief advice for a new strain.
import { useState } from 'react';
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';
import { RedFlagPanel } from './RedFlagPanel.tsx';
import { ReliefNote } from './ReliefNote.tsx';

type SaveResult = RequestOutput<'pain:add'>;

export function useAfterSave(onAcknowledged?: () => void) {
  const [pending, setPending] = useState<SaveResult | null>(null);
  const [relief, setRelief] = useState(false);
  const show = (result: SaveResult) => {
    const serious = result.flags.filter((f) => f.level !== 'routine');
    if (serious.length > 0) setPending({ ...result, flags: serious });
    else setRelief(result.newStrain);
  };
  const view = (
    <>
      {pending && (
        <RedFlagPanel
          entryId={pending.entry.id}
          flags={pending.flags}
          onDone={() => {
            setPending(null);
            onAcknowledged?.();
          }}
        />
      )}
      {relief && <ReliefNote onClose={() => setRelief(false)} />}
    </>
  );
  return { show, view, reset: () => setRelief(false) };
}
