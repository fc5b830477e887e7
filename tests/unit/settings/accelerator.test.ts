import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from '../../../shared/settings/accelerator.ts';
import { startTestApp } from '../../support/testServices.ts';

describe('global shortcut accelerators', () => {
  it.each(['', 'CommandOrControl+Alt+B', 'Ctrl+Shift+F12', 'Alt+Space', 'Super+1'])('accepts %j', (a) => expect(acceleratorProblem(a)).toBeUndefined());
  it.each([
    ['B', 'needs at least one modifier'],
    ['Ctrl+Ctrl+B', 'appears twice'],
    ['Hyper+B', 'not a modifier'],
    ['Ctrl+Alt+ü', 'not a key'],
    ['Ctrl+', 'not a key'],
    ['Ctrl+Alt+B'.repeat(10), 'at most 60'],
  ])('rejects %j', (a, why) => expect(acceleratorProblem(a)).toContain(why));

  it('is checked in main before a shortcut is saved', async () => {
    const app = startTestApp();
    const bad = await app.dispatch('settings:update', { system: { shortcuts: { quickLog: 'Q' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'system.shortcuts.quickLog' }] } });
    const good = await app.dispatch('settings:update', { system: { shortcuts: { quickLog: 'CommandOrControl+Alt+L' } } });
    expect(good.ok).toBe(true);
    expect(app.services.settings.get().system.shortcuts).toEqual({ breakNow: '', pauseResume: '', quickLog: 'CommandOrControl+Alt+L' });
  });
});
