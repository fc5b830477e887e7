// The tray menu as data in each state the break engine can be in.
import { describe, expect, it } from 'vitest';
import { buildTrayMenu, trayIconState, trayTitle, trayTooltip, type TrayMenuItem } from '../../../main/tray/trayMenu.ts';
import type { BreakStatus } from '../../../shared/scheduler/status.ts';

const running: BreakStatus = { mode: 'running', next: { kind: 'stretch', inMs: 12 * 60_000 - 5_000 }, pausedUntil: null, activeBreak: null };
const paused: BreakStatus = { mode: 'paused', next: null, pausedUntil: '2026-11-23T14:30:00.000Z', activeBreak: null };
const outOfHours: BreakStatus = { mode: 'outOfHours', next: null, pausedUntil: null, activeBreak: null };
const inBreak = (strict: boolean): BreakStatus => ({
  mode: 'inBreak',
  next: null,
  pausedUntil: null,
  activeBreak: {
    id: 'stretch-1',
    kind: 'stretch',
    covers: ['micro', 'stretch'],
    startedAt: '2026-11-23T10:00:00.000Z',
    durationMs: 300_000,
    remainingMs: 200_000,
    canPostpone: !strict,
    canSkip: !strict,
    postponesLeft: strict ? 0 : 2,
    strict,
  },
});

const ids = (menu: TrayMenuItem[]) => menu.map((i) => i.id);
const byId = (menu: TrayMenuItem[], id: string) => menu.find((i) => i.id === id);
const fixedTail = ['guide', 'pain', 'review', 'settings', 'sep-3', 'quit'];

describe('tray menu in each state', () => {
  it('running: next-break line, break now, pause submenu with five choices', () => {
    const menu = buildTrayMenu({ status: running });
    expect(ids(menu)).toEqual(['status', 'open', 'sep-1', 'break-now', 'pause', 'sep-2', ...fixedTail]);
    expect(menu[0]).toEqual({ id: 'status', label: 'Stretch break in 12 min', enabled: false });
    expect(byId(menu, 'break-now')).toMatchObject({ enabled: true, action: { type: 'breakNow' } });
    expect(byId(menu, 'pause')?.submenu?.map((c) => [c.label, c.action])).toEqual([
      ['For 30 minutes', { type: 'pause', request: { kind: 'minutes', minutes: 30 } }],
      ['For 1 hour', { type: 'pause', request: { kind: 'minutes', minutes: 60 } }],
      ['For 2 hours', { type: 'pause', request: { kind: 'minutes', minutes: 120 } }],
      ['Until tomorrow morning', { type: 'pause', request: { kind: 'tomorrow' } }],
      ['Until I resume', { type: 'pause', request: { kind: 'untilResumed' } }],
    ]);
    expect(trayTooltip({ status: running })).toBe('Limber: Stretch break in 12 min');
    expect(trayTitle({ status: running })).toBe('12m');
    expect(trayIconState(running)).toBe('running');
  });

  it('paused: resume instead of the pause submenu, and the end time', () => {
    const menu = buildTrayMenu({ status: paused, formatTime: (iso) => iso.slice(11, 16) });
    expect(ids(menu)).toEqual(['status', 'open', 'sep-1', 'break-now', 'resume', 'sep-2', ...fixedTail]);
    expect(menu[0]!.label).toBe('Paused until 14:30');
    expect(byId(menu, 'resume')?.action).toEqual({ type: 'resume' });
    expect(buildTrayMenu({ status: { ...paused, pausedUntil: null } })[0]!.label).toBe('Paused until you resume');
    expect(trayTitle({ status: paused })).toBe('');
    expect(trayIconState(paused)).toBe('paused');
  });

  it('out of hours: says so, and shows it in the icon', () => {
    const menu = buildTrayMenu({ status: outOfHours });
    expect(menu[0]!.label).toBe('Outside working hours');
    expect(byId(menu, 'pause')?.enabled).toBe(true);
    expect(trayIconState(outOfHours)).toBe('out-of-hours');
  });

  it('break in progress: break now is disabled; pausing is refused in strict mode', () => {
    const menu = buildTrayMenu({ status: inBreak(false) });
    expect(menu[0]!.label).toBe('Stretch break in progress');
    expect(byId(menu, 'break-now')?.enabled).toBe(false);
    expect(byId(menu, 'pause')?.enabled).toBe(true);
    expect(byId(buildTrayMenu({ status: inBreak(true) }), 'pause')?.enabled).toBe(false);
    expect(trayIconState(inBreak(false))).toBe('break-due');
  });

  it('always offers the guide, a quick pain log, the review, settings and quit', () => {
    for (const status of [running, paused, outOfHours, inBreak(true)]) {
      const menu = buildTrayMenu({ status });
      expect(byId(menu, 'pain')).toMatchObject({ label: 'Log pain…', action: { type: 'quickLog' } });
      expect(byId(menu, 'guide')?.action).toEqual({ type: 'open', section: 'guide' });
      expect(byId(menu, 'review')?.action).toEqual({ type: 'open', section: 'review' });
      expect(byId(menu, 'settings')?.action).toEqual({ type: 'open', section: 'settings' });
      expect(menu.at(-1)?.action).toEqual({ type: 'quit' });
      expect(new Set(ids(menu)).size).toBe(menu.length);
    }
  });
});
