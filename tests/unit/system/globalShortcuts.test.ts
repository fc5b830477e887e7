import { describe, expect, it, vi } from 'vitest';
import { applyGlobalShortcuts, type GlobalShortcutLike } from '../../../main/system/globalShortcuts.ts';
import { startTestApp } from '../../support/testServices.ts';

function fakeRegistry(taken: string[] = []) {
  const registered = new Map<string, () => void>();
  const registry: GlobalShortcutLike = {
    register: (accelerator, callback) => {
      if (taken.includes(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregisterAll: () => registered.clear(),
  };
  return { registry, registered };
}

describe('global shortcuts', () => {
  it('registers nothing by default', () => {
    const { registry, registered } = fakeRegistry();
    const app = startTestApp();
    expect(applyGlobalShortcuts(registry, app.services.settings.get().system.shortcuts, vi.fn()).failed).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('registers the configured keys, runs their actions, and re-registers from scratch on change', () => {
    const { registry, registered } = fakeRegistry();
    const run = vi.fn();
    applyGlobalShortcuts(registry, { breakNow: 'Ctrl+Alt+B', pauseResume: '', quickLog: 'Ctrl+Alt+L' }, run);
    expect([...registered.keys()]).toEqual(['Ctrl+Alt+B', 'Ctrl+Alt+L']);
    registered.get('Ctrl+Alt+L')!();
    expect(run).toHaveBeenCalledWith('quickLog');
    applyGlobalShortcuts(registry, { breakNow: '', pauseResume: 'Ctrl+Alt+P', quickLog: '' }, run);
    expect([...registered.keys()]).toEqual(['Ctrl+Alt+P']);
  });

  it('reports keys another application owns', () => {
    const { registry } = fakeRegistry(['Ctrl+Alt+B']);
    expect(applyGlobalShortcuts(registry, { breakNow: 'Ctrl+Alt+B', pauseResume: '', quickLog: '' }, vi.fn()).failed).toEqual([
      { action: 'breakNow', accelerator: 'Ctrl+Alt+B' },
    ]);
  });

  it('rejects the same key for two actions in main', async () => {
    const app = startTestApp();
    const result = await app.dispatch('settings:update', { system: { shortcuts: { breakNow: 'Alt+B', quickLog: 'Alt+B' } } });
    expect(result).toMatchObject({ ok: false, error: { message: 'Alt+B is already used for another shortcut' } });
  });
});
