import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { buildTrayMenu, trayTooltip, type TrayAction, type TrayMenuItem, type TrayState } from './trayMenu.ts';

/** Electron adapter over the pure menu builder. */
export class TrayController {
  readonly #tray: Tray;
  readonly #onAction: (action: TrayAction) => void;

  constructor(iconPath: string, onAction: (action: TrayAction) => void) {
    this.#tray = new Tray(nativeImage.createFromPath(iconPath));
    this.#onAction = onAction;
    this.#tray.on('click', () => onAction({ type: 'open' }));
  }

  render(state: TrayState): void {
    this.#tray.setToolTip(trayTooltip(state));
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
