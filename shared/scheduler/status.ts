// What the tray and the Breaks screen show, derived from the scheduler state.
import type { BreakKind } from '../breaks/types.ts';
import { COALESCE_MS, dueIn, isPaused, isScheduling } from './scheduler.ts';
import type { Clock, SchedulerConfig, SchedulerState } from './types.ts';

export const breakModes = ['running', 'paused', 'outOfHours', 'inBreak', 'away', 'off'] as const;
export type BreakMode = (typeof breakModes)[number];

export interface ActiveBreakStatus {
  id: string;
  kind: BreakKind;
  covers: BreakKind[];
  startedAt: string;
  durationMs: number;
  remainingMs: number;
  canPostpone: boolean;
  canSkip: boolean;
  postponesLeft: number;
  strict: boolean;
}

export interface BreakStatus {
  mode: BreakMode;
  /** The next break and the active time until it, when breaks are running. */
  next: { kind: BreakKind; inMs: number } | null;
  /** ISO time a pause ends; null for "until resumed" or when not paused. */
  pausedUntil: string | null;
  activeBreak: ActiveBreakStatus | null;
}

export function breakStatus(s: SchedulerState, config: SchedulerConfig, clock: Clock): BreakStatus {
  const b = s.activeBreak;
  const activeBreak: ActiveBreakStatus | null = b && {
    id: b.id,
    kind: b.kind,
    covers: [...b.covers],
    startedAt: new Date(b.startedWall).toISOString(),
    durationMs: b.durationMs,
    remainingMs: Math.max(0, b.endsMono - clock.mono),
    canPostpone: !config.strict && b.postpones < config.maxPostpones,
    canSkip: !config.strict,
    postponesLeft: config.strict ? 0 : Math.max(0, config.maxPostpones - b.postpones),
    strict: config.strict,
  };
  const paused = isPaused(s, clock);
  const pausedUntil = paused && s.pause?.untilWall !== undefined ? new Date(s.pause.untilWall).toISOString() : null;
  const mode: BreakMode = b
    ? 'inBreak'
    : paused
      ? 'paused'
      : !config.micro.enabled && !config.stretch.enabled
        ? 'off'
        : !isScheduling(s, config, clock)
          ? 'outOfHours'
          : s.away
            ? 'away'
            : 'running';
  return { mode, next: mode === 'running' || mode === 'away' ? nextBreak(s, config) : null, pausedUntil, activeBreak };
}

function nextBreak(s: SchedulerState, config: SchedulerConfig): BreakStatus['next'] {
  const stretchIn = config.stretch.enabled ? dueIn(s, config, 'stretch') : Infinity;
  const microIn = config.micro.enabled ? dueIn(s, config, 'micro') : Infinity;
  if (!Number.isFinite(stretchIn) && !Number.isFinite(microIn)) return null;
  if (stretchIn <= microIn + COALESCE_MS) return { kind: 'stretch', inMs: Math.max(0, Math.min(stretchIn, microIn)) };
  return { kind: 'micro', inMs: Math.max(0, microIn) };
}

/** "Stretch break in 12 min", for the tray and the Breaks screen. */
export function nextBreakLine(status: BreakStatus, formatTime: (iso: string) => string): string {
  switch (status.mode) {
    case 'inBreak':
      return status.activeBreak?.kind === 'micro' ? 'Posture check now' : 'Stretch break in progress';
    case 'paused':
      return status.pausedUntil ? `Paused until ${formatTime(status.pausedUntil)}` : 'Paused until you resume';
    case 'outOfHours':
      return 'Outside working hours';
    case 'off':
      return 'Breaks are turned off';
    default: {
      if (!status.next) return 'No breaks scheduled';
      const minutes = Math.max(1, Math.ceil(status.next.inMs / 60_000));
      const label = status.next.kind === 'micro' ? 'Posture check' : 'Stretch break';
      return `${label} in ${minutes} min${status.mode === 'away' ? ' of activity' : ''}`;
    }
  }
}
