import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { secureWebPreferences } from '../windows/webPreferences.ts';

export interface BreakWindowInputs {
  preloadPath: string;
  /** Work area of the display the window goes on. */
  workArea: Rectangle;
  darkBackground: boolean;
}

export const BREAK_WINDOW_SIZE = { width: 760, height: 600 } as const;

/**
 * The break window: frameless, above other windows, centred on its display, created hidden and
 * shown with showInactive() so typing elsewhere is not interrupted until the user clicks it.
 */
export function breakWindowOptions(inputs: BreakWindowInputs): BrowserWindowConstructorOptions {
  const { workArea } = inputs;
  const width = Math.min(BREAK_WINDOW_SIZE.width, workArea.width);
  const height = Math.min(BREAK_WINDOW_SIZE.height, workArea.height);
  return {
    title: 'Limber break',
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
    frame: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    show: false,
    focusable: true,
    backgroundColor: inputs.darkBackground ? '#15191d' : '#f6f7f4',
    webPreferences: secureWebPreferences(inputs.preloadPath),
  };
}

/** Which displays get a break window: the one with the cursor, or all of them. */
export function breakDisplays<D extends { id: number }>(all: readonly D[], withCursor: D, everyDisplay: boolean): D[] {
  return everyDisplay ? [...all] : [withCursor];
}
