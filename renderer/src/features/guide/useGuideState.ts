import { useEffect, useState } from 'react';
import type { GuideState } from '../../../../shared/ipc/contracts/guide.ts';

/** The user's guide data from main, kept current through the change event. */
export function useGuideState(): [GuideState | undefined, (next: GuideState) => void] {
  const [state, setState] = useState<GuideState>();
  useEffect(() => {
    void window.limber.guide.get().then((r) => r.ok && setState(r.value));
    return window.limber.guide.onChanged(setState);
  }, []);
  return [state, setState];
}
