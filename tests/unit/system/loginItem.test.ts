import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyLaunchAtLogin, autostartDesktopEntry, linuxAutostartFile, type LoginItemDeps } from '../../../main/system/loginItem.ts';
import { makeTempDir } from '../../support/testServices.ts';

const deps = (over: Partial<LoginItemDeps>): LoginItemDeps => ({
  platform: 'linux',
  env: {},
  homeDir: makeTempDir('limber-home-'),
  execPath: '/opt/Limber/limber',
  setLoginItemSettings: vi.fn(),
  ...over,
});

describe('launch at login', () => {
  it('on Linux, the XDG autostart entry appears and disappears', () => {
    const d = deps({});
    const file = path.join(d.homeDir, '.config/autostart/limber.desktop');
    applyLaunchAtLogin(true, d);
    expect(fs.readFileSync(file, 'utf8')).toContain('Exec=/opt/Limber/limber --hidden');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Limber\n/);
    applyLaunchAtLogin(false, d);
    expect(fs.existsSync(file)).toBe(false);
    applyLaunchAtLogin(false, d); // turning it off twice is fine
    expect(d.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('honours XDG_CONFIG_HOME and starts the AppImage when running from one', () => {
    const config = makeTempDir('limber-xdg-');
    const d = deps({ env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/me/Apps/Limber 1.0.AppImage' } });
    applyLaunchAtLogin(true, d);
    expect(fs.readFileSync(path.join(config, 'autostart/limber.desktop'), 'utf8')).toContain('Exec="/home/me/Apps/Limber 1.0.AppImage" --hidden');
    expect(linuxAutostartFile({ XDG_CONFIG_HOME: 'relative/path' }, '/home/me')).toBe('/home/me/.config/autostart/limber.desktop');
  });

  it('quotes special characters in Exec', () => {
    expect(autostartDesktopEntry('/opt/a "b"/limber')).toContain('Exec="/opt/a \\"b\\"/limber" --hidden');
  });

  it.each(['darwin', 'win32'] as const)('on %s, uses the login item API', (platform) => {
    const d = deps({ platform });
    applyLaunchAtLogin(true, d);
    expect(d.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: ['--hidden'] });
    expect(fs.existsSync(path.join(d.homeDir, '.config'))).toBe(false);
  });
});
