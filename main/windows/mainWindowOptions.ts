import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './webPreferences.ts';

export interface MainWindowInputs {
  preloadPath: string;
  iconPath: string;
  darkBackground: boolean;
}

/** The main window: hidden until its first paint so it never flashes white, closed to the tray. */
export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Limber',
    width: 1120,
    height: 780,
    minWidth: 820,
    minHeight: 560,
    show: false,
    autoHideMenuBar: true,
    icon: inputs.iconPath,
    backgroundColor: inputs.darkBackground ? '#15191d' : '#f6f7f4',
    webPreferences: secureWebPreferences(inputs.preloadPath),
  };
}
