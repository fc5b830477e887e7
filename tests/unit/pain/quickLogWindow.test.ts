import { describe, expect, it } from 'vitest';
import { QUICK_LOG_SIZE, quickLogWindowOptions } from '../../../main/pain/quickLogWindow.ts';
import { secureWebPreferences } from '../../../main/windows/webPreferences.ts';

describe('quick-log window options', () => {
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  it('is small, hidden until ready, above other windows, with the secure preferences', () => {
    const o = quickLogWindowOptions({ preloadPath: '/p/preload.cjs', workArea, darkBackground: false });
    expect(o).toMatchObject({ width: QUICK_LOG_SIZE.width, height: QUICK_LOG_SIZE.height, show: false, alwaysOnTop: true, title: 'Log pain' });
    expect(o.webPreferences).toEqual(secureWebPreferences('/p/preload.cjs'));
  });
  it('sits in the bottom-right corner of the work area and stays on small or offset displays', () => {
    const o = quickLogWindowOptions({ preloadPath: '/p', workArea, darkBackground: true });
    expect([o.x, o.y]).toEqual([1920 - 480 - 16, 1040 - 400 - 16]);
    expect(o.backgroundColor).toBe('#15191d');
    const small = quickLogWindowOptions({ preloadPath: '/p', workArea: { x: 1920, y: 100, width: 400, height: 300 }, darkBackground: false });
    expect(small).toMatchObject({ x: 1920, y: 100, width: 400, height: 300 });
  });
});
