// The tray menu as data: a pure function of the app's state, so every state's menu is unit-tested.
import type { PauseRequest } from '../../shared/scheduler/types.ts';
import { nextBreakLine, type BreakStatus } from '../../shared/scheduler/status.ts';
import type { Section } from '../../shared/sections.ts';
import type { TrayIconState } from './trayIcon.ts';

export type TrayAction =
  | { type: 'open'; section?: Section }
  | { type: 'quit' }
  | { type: 'breakNow' }
  | { type: 'pause'; request: PauseRequest }
  | { type: 'resume' }
  | { type: 'quickLog' };

export interface TrayMenuItem {
  id: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  action?: TrayAction;
  submenu?: TrayMenuItem[];
}

export interface TrayState {
  /** The break engine's status; absent before it has started. */
  status?: BreakStatus;
  /** Overrides the line built from the status (and is used on its own without one). */
  statusLine?: string;
  /** Formats a pause's end for the status line, e.g. "14:30" or "Tue 09:00". */
  formatTime?: (iso: string) => string;
}

const defaultFormat = (iso: string) => iso.slice(11, 16);

export function trayStatusLine(state: TrayState): string | undefined {
  if (state.statusLine) return state.statusLine;
  return state.status ? nextBreakLine(state.status, state.formatTime ?? defaultFormat) : undefined;
}

export const pauseChoices: Array<{ id: string; label: string; request: PauseRequest }> = [
  { id: 'pause-30', label: 'For 30 minutes', request: { kind: 'minutes', minutes: 30 } },
  { id: 'pause-60', label: 'For 1 hour', request: { kind: 'minutes', minutes: 60 } },
  { id: 'pause-120', label: 'For 2 hours', request: { kind: 'minutes', minutes: 120 } },
  { id: 'pause-tomorrow', label: 'Until tomorrow morning', request: { kind: 'tomorrow' } },
  { id: 'pause-resumed', label: 'Until I resume', request: { kind: 'untilResumed' } },
];

export function buildTrayMenu(state: TrayState): TrayMenuItem[] {
  const items: TrayMenuItem[] = [];
  const line = trayStatusLine(state);
  if (line) items.push({ id: 'status', label: line, enabled: false });
  items.push({ id: 'open', label: 'Open Limber', action: { type: 'open' } }, { id: 'sep-1', type: 'separator' });
  const status = state.status;
  if (status) {
    const inBreak = status.mode === 'inBreak';
    items.push({ id: 'break-now', label: 'Take a break now', enabled: !inBreak, action: { type: 'breakNow' } });
    if (status.mode === 'paused') {
      items.push({ id: 'resume', label: 'Resume breaks', action: { type: 'resume' } });
    } else {
      // Strict mode lets a break in progress finish before pausing.
      const canPause = !(inBreak && status.activeBreak?.strict);
      items.push({
        id: 'pause',
        label: 'Pause breaks',
        type: 'submenu',
        enabled: canPause,
        submenu: pauseChoices.map((c) => ({ id: c.id, label: c.label, action: { type: 'pause', request: c.request } })),
      });
    }
    items.push({ id: 'sep-2', type: 'separator' });
  }
  items.push(
    { id: 'guide', label: 'Stretch guide', action: { type: 'open', section: 'guide' } },
    { id: 'pain', label: 'Log pain…', action: { type: 'quickLog' } },
    { id: 'review', label: 'Weekly review', action: { type: 'open', section: 'review' } },
    { id: 'settings', label: 'Settings…', action: { type: 'open', section: 'settings' } },
    { id: 'sep-3', type: 'separator' },
    { id: 'quit', label: 'Quit Limber', action: { type: 'quit' } },
  );
  return items;
}

/** Limber's tooltip names the app and, when known, the next break. */
export function trayTooltip(state: TrayState): string {
  const line = trayStatusLine(state);
  return line ? `Limber: ${line}` : 'Limber';
}

/** The short text beside the icon on macOS: minutes to the next break, or nothing. */
export function trayTitle(state: TrayState): string {
  const next = state.status?.next;
  if (!next || state.status?.mode !== 'running') return '';
  return `${Math.max(1, Math.ceil(next.inMs / 60_000))}m`;
}

export function trayIconState(status: BreakStatus | undefined): TrayIconState {
  switch (status?.mode) {
    case 'paused':
    case 'off':
      return 'paused';
    case 'outOfHours':
      return 'out-of-hours';
    case 'inBreak':
      return 'break-due';
    default:
      return 'running';
  }
}
