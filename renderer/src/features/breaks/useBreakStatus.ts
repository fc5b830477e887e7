import { useEffect, useState } from 'react';
import type { BreakStatus } from '../../../../shared/scheduler/status.ts';

/** The engine's status from main, followed live. */
export function useBreakStatus(): [BreakStatus | undefined, (s: BreakStatus) => void] {
  const [status, setStatus] = useState<BreakStatus>();
  useEffect(() => {
    const off = window.limber.breaks.onChanged(setStatus);
    void window.limber.breaks.status().then((r) => r.ok && setStatus(r.value));
    return off;
  }, []);
  return [status, setStatus];
}
