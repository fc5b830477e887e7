// Which tray image to show: one glyph per state, light on dark panels and dark on light ones.
import path from 'node:path';

export const trayIconStates = ['running', 'paused', 'out-of-hours', 'break-due'] as const;
export type TrayIconState = (typeof trayIconStates)[number];
export type PanelShade = 'dark' | 'light';

/** Electron picks the @2x file beside it on high-density screens. */
export function trayIconFile(iconDir: string, state: TrayIconState, panel: PanelShade): string {
  return path.join(iconDir, `tray-${state}-${panel}-panel.png`);
}

/** Panel shade from the OS theme; Windows reports its taskbar separately from app colours. */
export function panelShade(platform: NodeJS.Platform, theme: { shouldUseDarkColors: boolean; shouldUseDarkColorsForSystemIntegratedUI?: boolean }): PanelShade {
  const dark = platform === 'win32' ? (theme.shouldUseDarkColorsForSystemIntegratedUI ?? theme.shouldUseDarkColors) : theme.shouldUseDarkColors;
  return dark ? 'dark' : 'light';
}
