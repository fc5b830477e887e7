import { BrowserWindow, nativeTheme } from 'electron';
import type { Section } from '../../shared/sections.ts';
import { mainWindowOptions } from './mainWindowOptions.ts';

export interface MainWindowDeps {
  preloadPath: string;
  iconPath: string;
  entryUrl: string;
  isQuitting(): boolean;
  onCreated(window: BrowserWindow): void;
}

/** One main window, created on demand, hidden (not destroyed) on close so the tray app keeps running. */
export class MainWindowController {
  #window: BrowserWindow | undefined;
  readonly #deps: MainWindowDeps;

  constructor(deps: MainWindowDeps) {
    this.#deps = deps;
  }

  get window(): BrowserWindow | undefined {
    return this.#window && !this.#window.isDestroyed() ? this.#window : undefined;
  }

  show(section?: Section): void {
    const win = this.window ?? this.#create();
    if (section) win.webContents.send('app:navigate', section);
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  #create(): BrowserWindow {
    // Scanner exclusion: webPreferences come from secureWebPreferences() (contextIsolation, sandbox, Auxclick
    // disabled), which electronegativity cannot follow; tests/unit/main/windowAndTray.test.ts asserts them.
    const win = new BrowserWindow( // eng-disable AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
      mainWindowOptions({
        preloadPath: this.#deps.preloadPath,
        iconPath: this.#deps.iconPath,
        darkBackground: nativeTheme.shouldUseDarkColors,
      }),
    );
    this.#window = win;
    this.#deps.onCreated(win);
    win.once('ready-to-show', () => win.show());
    win.on('close', (event) => {
      if (this.#deps.isQuitting()) return;
      event.preventDefault();
      win.hide();
    });
    void win.loadURL(this.#deps.entryUrl);
    return win;
  }
}
