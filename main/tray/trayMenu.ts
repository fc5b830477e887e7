// The tray menu as data: a pure function of the app's state, so every state's menu is unit-tested.
import type { Section } from '../../shared/sections.ts';

export type TrayAction = { type: 'open'; section?: Section } | { type: 'quit' };

export interface TrayMenuItem {
  id: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  action?: TrayAction;
  submenu?: TrayMenuItem[];
}

export interface TrayState {
  /** Reserved for the break engine: the line that says when the next break is. */
  statusLine?: string;
}

export function buildTrayMenu(state: TrayState): TrayMenuItem[] {
  const items: TrayMenuItem[] = [];
  if (state.statusLine) items.push({ id: 'status', label: state.statusLine, enabled: false });
  items.push(
    { id: 'open', label: 'Open Limber', action: { type: 'open' } },
    { id: 'sep-1', type: 'separator' },
    { id: 'guide', label: 'Stretch guide', action: { type: 'open', section: 'guide' } },
    { id: 'pain', label: 'Log pain…', action: { type: 'open', section: 'pain' } },
    { id: 'review', label: 'Weekly review', action: { type: 'open', section: 'review' } },
    { id: 'settings', label: 'Settings…', action: { type: 'open', section: 'settings' } },
    { id: 'sep-2', type: 'separator' },
    { id: 'quit', label: 'Quit Limber', action: { type: 'quit' } },
  );
  return items;
}

/** Limber's tooltip names the app and, when known, the next break. */
export function trayTooltip(state: TrayState): string {
  return state.statusLine ? `Limber: ${state.statusLine}` : 'Limber';
}
