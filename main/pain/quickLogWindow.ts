// The tray's quick-log window: small, near the tray corner, above other windows, reused while open.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { secureWebPreferences } from '../windows/webPreferences.ts';

export const QUICK_LOG_SIZE = { width: 480, height: 400 } as const;

export interface QuickLogInputs {
  preloadPath: string;
  /** Work area of the display with the cursor. */
  workArea: Rectangle;
  darkBackground: boolean;
}

/** Bottom-right of the work area (where most trays are), inset by a margin; resizable for "Add details". */
export function quickLogWindowOptions(inputs: QuickLogInputs): BrowserWindowConstructorOptions {
  const { workArea } = inputs;
  const width = Math.min(QUICK_LOG_SIZE.width, workArea.width);
  const height = Math.min(QUICK_LOG_SIZE.height, workArea.height);
  const margin = 16;
  return {
    title: 'Log pain',
    x: Math.max(workArea.x, workArea.x + workArea.width - width - margin),
    y: Math.max(workArea.y, workArea.y + workArea.height - height - margin),
    width,
    height,
    minWidth: 360,
    minHeight: 320,
    alwaysOnTop: true,
    skipTaskbar: false,
    resizable: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: inputs.darkBackground ? '#15191d' : '#f6f7f4',
    webPreferences: secureWebPreferences(inputs.preloadPath),
  };
}

export interface QuickLogDeps {
  /** Creates the window from options (the composition root passes Electron's BrowserWindow). */
  create(options: BrowserWindowConstructorOptions): BrowserWindow;
  options(): BrowserWindowConstructorOptions;
  entryUrl: string;
  onCreated(window: BrowserWindow): void;
}

/** Opens the quick log, or brings the open one forward. The tray and the global shortcut call show(). */
export class QuickLogWindowController {
  readonly #deps: QuickLogDeps;
  #window: BrowserWindow | undefined;

  constructor(deps: QuickLogDeps) {
    this.#deps = deps;
  }

  show(): void {
    const existing = this.#window;
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return;
    }
    const win = this.#deps.create(this.#deps.options());
    this.#window = win;
    this.#deps.onCreated(win);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.#window === win) this.#window = undefined;
    });
    void win.loadURL(`${this.#deps.entryUrl.split('#')[0]}#/window/quick-log`);
  }
}
