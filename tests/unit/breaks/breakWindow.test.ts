import { describe, expect, it } from 'vitest';
import { breakDisplays, breakWindowOptions } from '../../../main/breaks/breakWindowOptions.ts';
import { secureWebPreferences } from '../../../main/windows/webPreferences.ts';

describe('break window options', () => {
  const options = breakWindowOptions({ preloadPath: '/app/preload/index.cjs', workArea: { x: 1920, y: 0, width: 2560, height: 1400 }, darkBackground: false });

  it('is frameless, on top, hidden until shown without focus, and secure', () => {
    expect(options).toMatchObject({ frame: false, alwaysOnTop: true, show: false, skipTaskbar: true, resizable: false, fullscreenable: false });
    expect(options.webPreferences).toEqual(secureWebPreferences('/app/preload/index.cjs'));
  });

  it('is centred on its display and fits small screens', () => {
    expect(options).toMatchObject({ x: 1920 + (2560 - 760) / 2, y: (1400 - 600) / 2, width: 760, height: 600 });
    const small = breakWindowOptions({ preloadPath: 'p', workArea: { x: 0, y: 0, width: 640, height: 480 }, darkBackground: true });
    expect(small).toMatchObject({ x: 0, y: 0, width: 640, height: 480, backgroundColor: '#15191d' });
  });

  it('goes on the cursor display, or every display when asked', () => {
    const displays = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(breakDisplays(displays, displays[1]!, false)).toEqual([{ id: 2 }]);
    expect(breakDisplays(displays, displays[1]!, true)).toEqual(displays);
  });
});
