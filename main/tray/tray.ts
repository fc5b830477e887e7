import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { buildTrayMenu, trayTitle, trayTooltip, type TrayAction, type TrayMenuItem, type TrayState } from './trayMenu.ts';

/** Electron adapter over the pure menu builder. */
export class TrayController {
  readonly #tray: Tray;
  readonly #onAction: (action: TrayAction) => void;
  #iconPath: string;

  constructor(iconPath: string, onAction: (action: TrayAction) => void) {
    this.#iconPath = iconPath;
    this.#tray = new Tray(nativeImage.createFromPath(iconPath));
    this.#onAction = onAction;
    this.#tray.on('click', () => onAction({ type: 'open' }));
  }

  /** Renders the menu, tooltip and (macOS) title; swaps the icon when the state's image changes. */
  render(state: TrayState, iconPath?: string): void {
    if (iconPath && iconPath !== this.#iconPath) {
      this.#iconPath = iconPath;
      this.#tray.setImage(nativeImage.createFromPath(iconPath));
    }
    this.#tray.setToolTip(trayTooltip(state));
    if (process.platform === 'darwin') this.#tray.setTitle(trayTitle(state));
    this.#tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenu(state).map((item) => this.#toElectron(item))));
  }

  #toElectron(item: TrayMenuItem): MenuItemConstructorOptions {
    const action = item.action;
    return {
      id: item.id,
      label: item.label,
      type: item.type ?? (item.submenu ? 'submenu' : 'normal'),
      enabled: item.enabled ?? true,
      submenu: item.submenu?.map((child) => this.#toElectron(child)),
      click: action ? () => this.#onAction(action) : undefined,
    };
  }
}
