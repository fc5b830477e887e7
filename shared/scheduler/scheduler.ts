// The break scheduler: a pure state machine. `step(state, event, config, clock)` returns the new
// state, the effects main must carry out (record, warn, open or close a break) and the one
// monotonic deadline at which main should call it again with a `tick`. No timers, no I/O.
import type { BreakKind, BreakOutcome } from '../breaks/types.ts';
import { localTime } from './localTime.ts';
import { isWithinWorkingHours } from './workingHours.ts';
import { nextDeadline } from './deadline.ts';
import type { ActiveBreak, Clock, SchedulerConfig, SchedulerEffect, SchedulerEvent, SchedulerState, StepResult } from './types.ts';
import { pauseFrom } from './pause.ts';

/** A posture check falling due this close to the stretch break is folded into the stretch break. */
export const COALESCE_MS = 2 * 60_000;
const KEEP_DAYS = 15;

export function initialState(clock: Clock): SchedulerState {
  return {
    seq: 0,
    counters: { micro: 0, stretch: 0 },
    extension: { micro: 0, stretch: 0 },
    postpones: 0,
    graceMs: 0,
    upcomingId: null,
    activeBreak: null,
    pause: null,
    away: false,
    locked: false,
    asleep: false,
    rest: null,
    sleepStart: null,
    lastInputMono: clock.mono,
    credited: [],
    sinceAnyBreakMs: 0,
    lastMono: clock.mono,
    lastWall: clock.wall,
    totalActiveMs: 0,
    totalElapsedMs: 0,
    days: {},
  };
}

const kindsOf = (config: SchedulerConfig) => (['micro', 'stretch'] as const).filter((k) => config[k].enabled);
/** A stretch break also covers the posture check. */
const coversOf = (kind: BreakKind, config: SchedulerConfig): BreakKind[] =>
  kind === 'stretch' ? [...new Set<BreakKind>([...kindsOf(config).filter((k) => k === 'micro'), 'stretch'])] : ['micro'];

/** Active ms until `kind` falls due, ignoring grace. */
export function rawDueIn(state: SchedulerState, config: SchedulerConfig, kind: BreakKind): number {
  return config[kind].intervalMs + state.extension[kind] - state.counters[kind];
}

export function dueIn(state: SchedulerState, config: SchedulerConfig, kind: BreakKind): number {
  return Math.max(rawDueIn(state, config, kind), state.graceMs);
}

export function isPaused(state: SchedulerState, clock: Clock): boolean {
  const p = state.pause;
  if (!p) return false;
  if (p.untilMono !== undefined) return clock.mono < p.untilMono;
  if (p.untilWall !== undefined) return clock.wall < p.untilWall;
  return true;
}

/** Whether the active clock may run and breaks may fall due (ignoring presence). */
export function isScheduling(state: SchedulerState, config: SchedulerConfig, clock: Clock): boolean {
  return !isPaused(state, clock) && isWithinWorkingHours(config.workingHours, clock.wall, config.timeZone);
}

export function step(prev: SchedulerState, event: SchedulerEvent, config: SchedulerConfig, clock: Clock): StepResult {
  const rejected = rejection(prev, event, config);
  if (rejected) return { state: prev, effects: [], nextDeadline: nextDeadline(prev, config, clock), rejected };
  const s = cloneState(prev);
  const fx: SchedulerEffect[] = [];
  accrue(s, config, clock, event.type === 'tick' ? event.idleMs : undefined);

  switch (event.type) {
    case 'tick':
      observeIdle(s, config, clock, event.idleMs, fx);
      break;
    case 'lock':
      if (!s.locked) beginRest(s, clock);
      s.locked = true;
      break;
    case 'suspend':
      if (!s.asleep) {
        beginRest(s, clock);
        s.sleepStart = { mono: clock.mono, wall: clock.wall };
      }
      s.asleep = true;
      break;
    case 'unlock':
      s.locked = false;
      if (!s.asleep) endRest(s, config, clock, fx);
      break;
    case 'resume':
      if (s.asleep && s.sleepStart && s.rest) {
        // The monotonic clock may stop during sleep; the wall clock does not.
        const missed = clock.wall - s.sleepStart.wall - (clock.mono - s.sleepStart.mono);
        s.rest.extraMs += Math.max(0, missed);
      }
      s.asleep = false;
      s.sleepStart = null;
      if (!s.locked) endRest(s, config, clock, fx);
      break;
    case 'breakNow':
      startBreak(s, config, clock, event.kind ?? (config.stretch.enabled || !config.micro.enabled ? 'stretch' : 'micro'), fx);
      break;
    case 'postpone': {
      const b = s.activeBreak!;
      for (const k of b.covers) s.extension[k] = s.counters[k] + config.postponeMs - config[k].intervalMs;
      endBreak(s, clock, 'postponed', fx);
      s.postpones = b.postpones + 1;
      s.upcomingId = null;
      break;
    }
    case 'skip':
      endBreak(s, clock, 'skipped', fx);
      break;
    case 'complete':
      endBreak(s, clock, 'completed', fx);
      break;
    case 'endEarly':
      endBreak(s, clock, 'endedEarly', fx);
      break;
    case 'pause':
      if (s.activeBreak) endBreak(s, clock, 'skipped', fx);
      s.pause = pauseFrom(event.request, config, clock);
      break;
    case 'resumeSchedule':
      s.pause = null;
      break;
    case 'configure':
      break;
  }
  evaluate(s, config, clock, fx);
  return { state: s, effects: fx, nextDeadline: nextDeadline(s, config, clock) };
}

function rejection(s: SchedulerState, event: SchedulerEvent, config: SchedulerConfig): string | undefined {
  const b = s.activeBreak;
  switch (event.type) {
    case 'breakNow':
      return b ? 'A break is already in progress.' : undefined;
    case 'postpone':
      if (!b) return 'There is no break to postpone.';
      if (config.strict) return 'Strict mode is on: breaks cannot be postponed.';
      if (b.postpones >= config.maxPostpones) return `This break has already been postponed ${b.postpones} times.`;
      return undefined;
    case 'skip':
      if (!b) return 'There is no break to skip.';
      return config.strict ? 'Strict mode is on: breaks cannot be skipped.' : undefined;
    case 'complete':
      return b ? undefined : 'There is no break in progress.';
    case 'endEarly':
      if (!b) return 'There is no break in progress.';
      return config.strict ? undefined : 'Ending a break early is only for strict mode; use Skip.';
    case 'pause':
      return b && config.strict ? 'Strict mode is on: finish this break before pausing.' : undefined;
    default:
      return undefined;
  }
}

/** Adds the active time since the last event to the counters; the clock stops at the idle threshold. */
function accrue(s: SchedulerState, config: SchedulerConfig, clock: Clock, idleMs: number | undefined): void {
  const elapsed = Math.max(0, clock.mono - s.lastMono);
  let active = 0;
  const counting = !s.activeBreak && !s.locked && !s.asleep && isScheduling(s, config, { mono: s.lastMono, wall: s.lastWall });
  if (counting && elapsed > 0) {
    if (idleMs === undefined) {
      active = s.away ? 0 : elapsed;
    } else {
      const lastInput = clock.mono - Math.max(0, idleMs);
      const stopAt = lastInput + config.idleThresholdMs;
      if (lastInput <= s.lastMono) active = s.away ? 0 : Math.min(clock.mono, stopAt) - s.lastMono;
      else active = (s.away ? 0 : lastInput - s.lastMono) + Math.min(clock.mono, stopAt) - lastInput;
      active = Math.min(elapsed, Math.max(0, active));
    }
  }
  s.totalElapsedMs += elapsed;
  s.totalActiveMs += active;
  s.counters.micro += active;
  s.counters.stretch += active;
  s.sinceAnyBreakMs += active;
  s.graceMs = Math.max(0, s.graceMs - active);
  if (active > 0) {
    const date = localTime(clock.wall, config.timeZone).date;
    const day = (s.days[date] ??= { activeMs: 0, longestMs: 0 });
    day.activeMs += active;
    day.longestMs = Math.max(day.longestMs, s.sinceAnyBreakMs);
    const keys = Object.keys(s.days).sort();
    for (const old of keys.slice(0, Math.max(0, keys.length - KEEP_DAYS))) delete s.days[old];
  }
  s.lastMono = Math.max(s.lastMono, clock.mono);
  s.lastWall = clock.wall;
}

/** Updates presence from an idle sample and credits idle at least as long as a break as a natural break. */
function observeIdle(s: SchedulerState, config: SchedulerConfig, clock: Clock, idleMs: number, fx: SchedulerEffect[]): void {
  if (s.locked || s.asleep) return;
  const lastInput = clock.mono - Math.max(0, idleMs);
  // Idle is sampled in whole seconds: input within 1.5 s of the last one seen is the same period.
  if (lastInput > s.lastInputMono + 1500) s.credited = [];
  s.lastInputMono = Math.max(s.lastInputMono, lastInput);
  s.away = idleMs >= config.idleThresholdMs;
  // Idle below the threshold ran the clock; only work before the idle began needs a rest.
  if (!s.activeBreak) creditNatural(s, config, clock, idleMs, fx, Math.min(idleMs, config.idleThresholdMs));
}

function creditNatural(s: SchedulerState, config: SchedulerConfig, clock: Clock, restMs: number, fx: SchedulerEffect[], countedIdleMs = 0): void {
  for (const kind of ['stretch', 'micro'] as const) {
    if (!config[kind].enabled || restMs < config[kind].durationMs || s.credited.includes(kind)) continue;
    const covers = coversOf(kind, config);
    s.credited.push(...covers);
    if (s.counters[kind] - countedIdleMs <= 0) continue; // nothing to rest from since the last break
    const breakId = s.upcomingId && kind === 'stretch' ? s.upcomingId : nextId(s, kind, clock);
    fx.push({ type: 'record', event: { type: 'natural', kind, breakId, at: iso(clock.wall), covers, durationMs: Math.round(restMs) } });
    resetCovered(s, covers);
  }
}

/** A lock or sleep that follows idle time extends that idle period: the rest began at the last input. */
function beginRest(s: SchedulerState, clock: Clock): void {
  if (s.rest) return;
  const mono = s.away ? Math.min(clock.mono, s.lastInputMono) : clock.mono;
  s.rest = { mono, wall: clock.wall - (clock.mono - mono), extraMs: 0 };
}

function endRest(s: SchedulerState, config: SchedulerConfig, clock: Clock, fx: SchedulerEffect[]): void {
  if (!s.rest) return;
  const restMs = restLength(s, clock);
  const b = s.activeBreak;
  // Sleep the monotonic clock missed still counts towards a break in progress.
  if (b) b.endsMono -= s.rest.extraMs;
  s.rest = null;
  s.away = false;
  s.lastInputMono = clock.mono;
  if (!b) creditNatural(s, config, clock, restMs, fx);
  s.credited = [];
  s.graceMs = Math.max(s.graceMs, config.resumeGraceMs);
}

export function restLength(s: SchedulerState, clock: Clock): number {
  return s.rest ? Math.max(0, clock.mono - s.rest.mono) + s.rest.extraMs : 0;
}

function startBreak(s: SchedulerState, config: SchedulerConfig, clock: Clock, kind: BreakKind, fx: SchedulerEffect[]): void {
  const id = kind === 'stretch' && s.upcomingId ? s.upcomingId : nextId(s, kind, clock);
  const covers = coversOf(kind, config);
  const durationMs = config[kind].durationMs;
  const b: ActiveBreak = {
    id,
    kind,
    covers,
    startedMono: clock.mono,
    endsMono: clock.mono + durationMs,
    startedWall: clock.wall,
    durationMs,
    postpones: s.postpones,
  };
  s.activeBreak = b;
  s.upcomingId = null;
  const at = iso(clock.wall);
  fx.push({ type: 'record', event: { type: 'due', kind, breakId: id, at, covers } });
  fx.push({ type: 'record', event: { type: 'started', kind, breakId: id, at, covers, durationMs } });
  fx.push({ type: 'breakStarted', activeBreak: b });
}

function endBreak(s: SchedulerState, clock: Clock, outcome: BreakOutcome, fx: SchedulerEffect[]): void {
  const b = s.activeBreak;
  if (!b) return;
  s.activeBreak = null;
  fx.push({ type: 'record', event: { type: outcome, kind: b.kind, breakId: b.id, at: iso(clock.wall), covers: b.covers } });
  fx.push({ type: 'breakEnded', breakId: b.id, kind: b.kind, outcome });
  if (outcome !== 'postponed') resetCovered(s, b.covers, outcome !== 'skipped');
  s.away = false;
  s.lastInputMono = Math.max(s.lastInputMono, clock.mono);
}

function resetCovered(s: SchedulerState, covers: BreakKind[], rested = true): void {
  for (const k of covers) {
    s.counters[k] = 0;
    s.extension[k] = 0;
  }
  s.postpones = 0;
  if (covers.includes('stretch')) s.upcomingId = null;
  if (rested) s.sinceAnyBreakMs = 0;
}

/** Clears an ended pause, completes a break whose time is up, credits long locks, and starts or warns of due breaks. */
function evaluate(s: SchedulerState, config: SchedulerConfig, clock: Clock, fx: SchedulerEffect[]): void {
  if (s.pause && !isPaused(s, clock)) s.pause = null;
  if (s.activeBreak) {
    if (clock.mono >= s.activeBreak.endsMono && !s.asleep) endBreak(s, clock, 'completed', fx);
    return;
  }
  if (s.locked || s.asleep) {
    if (s.locked && !s.asleep) creditNatural(s, config, clock, restLength(s, clock), fx);
    return;
  }
  if (!isScheduling(s, config, clock) || s.away) return;
  const stretchIn = config.stretch.enabled ? dueIn(s, config, 'stretch') : Infinity;
  const microIn = config.micro.enabled ? dueIn(s, config, 'micro') : Infinity;
  if (stretchIn <= 0 || (microIn <= 0 && stretchIn <= COALESCE_MS)) {
    startBreak(s, config, clock, 'stretch', fx);
  } else if (microIn <= 0) {
    startBreak(s, config, clock, 'micro', fx);
  } else if (config.warningMs > 0 && stretchIn <= config.warningMs && !s.upcomingId) {
    const breakId = nextId(s, 'stretch', clock);
    s.upcomingId = breakId;
    fx.push({ type: 'record', event: { type: 'warned', kind: 'stretch', breakId, at: iso(clock.wall), covers: coversOf('stretch', config) } });
    fx.push({ type: 'warn', breakId, kind: 'stretch', inMs: stretchIn });
  }
}

function nextId(s: SchedulerState, kind: BreakKind, clock: Clock): string {
  s.seq += 1;
  return `${kind}-${clock.wall.toString(36)}-${s.seq}`;
}

function cloneState(s: SchedulerState): SchedulerState {
  const days: SchedulerState['days'] = {};
  for (const [k, v] of Object.entries(s.days)) days[k] = { ...v };
  return {
    ...s,
    counters: { ...s.counters },
    extension: { ...s.extension },
    activeBreak: s.activeBreak && { ...s.activeBreak, covers: [...s.activeBreak.covers] },
    pause: s.pause && { ...s.pause },
    rest: s.rest && { ...s.rest },
    sleepStart: s.sleepStart && { ...s.sleepStart },
    credited: [...s.credited],
    days,
  };
}

const iso = (wall: number) => new Date(wall).toISOString();
