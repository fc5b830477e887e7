import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { RequestInput } from '../../../shared/ipc/contract.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';
import type { Settings } from '../../../shared/settings/schema.ts';

export interface SettingsState {
  settings: Settings | undefined;
  loadError: string | undefined;
  update(patch: RequestInput<'settings:update'>): Promise<IpcResult<Settings>>;
}

const SettingsContext = createContext<SettingsState | undefined>(undefined);

/** Loads settings once and follows main's change events; main stays the single source of truth. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    const off = window.limber.settings.onChanged(setSettings);
    void window.limber.settings.get().then((result) => {
      if (result.ok) setSettings(result.value);
      else setLoadError(result.error.message);
    });
    return off;
  }, []);
  const update = async (patch: RequestInput<'settings:update'>) => {
    const result = await window.limber.settings.update(patch);
    if (result.ok) setSettings(result.value);
    return result;
  };
  return <SettingsContext value={{ settings, loadError, update }}>{children}</SettingsContext>;
}

export function useSettings(): SettingsState {
  const value = use(SettingsContext);
  if (!value) throw new Error('useSettings needs a SettingsProvider');
  return value;
}
