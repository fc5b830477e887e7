import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { panelShade, trayIconFile, trayIconStates } from '../../../main/tray/trayIcon.ts';

const iconDir = path.resolve(import.meta.dirname, '../../../resources/icons');
const pngSize = (file: string) => {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('tray icons', () => {
  it.each(trayIconStates.flatMap((s) => (['dark', 'light'] as const).map((p) => [s, p] as const)))('%s on a %s panel exists at 1x and 2x', (state, panel) => {
    const file = trayIconFile(iconDir, state, panel);
    expect(pngSize(file)).toEqual([22, 22]);
    expect(pngSize(file.replace('.png', '@2x.png'))).toEqual([44, 44]);
  });

  it('draws a different image for each state', () => {
    const bytes = trayIconStates.map((s) => fs.readFileSync(trayIconFile(iconDir, s, 'dark')).toString('base64'));
    expect(new Set(bytes).size).toBe(trayIconStates.length);
  });

  it('follows the panel shade', () => {
    expect(panelShade('linux', { shouldUseDarkColors: true })).toBe('dark');
    expect(panelShade('darwin', { shouldUseDarkColors: false })).toBe('light');
    expect(panelShade('win32', { shouldUseDarkColors: false, shouldUseDarkColorsForSystemIntegratedUI: true })).toBe('dark');
  });

  it('has app icons in every size the installers use', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(path.join(iconDir, `${size}x${size}.png`))).toEqual([size, size]);
  });
});
