import { describe, expect, it } from 'vitest';
import { buildTrayMenu, trayTooltip } from '../../../main/tray/trayMenu.ts';
import { mainWindowOptions } from '../../../main/windows/mainWindowOptions.ts';
import { secureWebPreferences } from '../../../main/windows/webPreferences.ts';

describe('window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/preload/index.cjs', iconPath: '/app/icon.png', darkBackground: false });

  it('turns every security flag on explicitly', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).toEqual(secureWebPreferences('/app/preload/index.cjs'));
  });

  it('waits for the first paint and keeps a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.backgroundColor).toBe('#f6f7f4');
    expect(mainWindowOptions({ preloadPath: 'p', iconPath: 'i', darkBackground: true }).backgroundColor).toBe('#15191d');
  });
});

describe('tray menu', () => {
  it('opens Limber and quits', () => {
    const menu = buildTrayMenu({});
    expect(menu[0]).toMatchObject({ id: 'open', label: 'Open Limber', action: { type: 'open' } });
    expect(menu.at(-1)).toMatchObject({ id: 'quit', label: 'Quit Limber', action: { type: 'quit' } });
    expect(menu.filter((i) => i.action?.type === 'open').map((i) => i.action)).toContainEqual({ type: 'open', section: 'settings' });
  });

  it('shows a status line, disabled, when there is one', () => {
    const menu = buildTrayMenu({ statusLine: 'Next break in 12 min' });
    expect(menu[0]).toEqual({ id: 'status', label: 'Next break in 12 min', enabled: false });
    expect(trayTooltip({ statusLine: 'Next break in 12 min' })).toBe('Limber: Next break in 12 min');
    expect(trayTooltip({})).toBe('Limber');
  });

  it('gives every item a unique id', () => {
    const ids = buildTrayMenu({ statusLine: 'x' }).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
