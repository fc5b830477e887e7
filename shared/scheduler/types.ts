// The break scheduler's data: configuration, state, input events and output effects.
// Times: `mono` is a monotonic clock in ms (durations), `wall` is epoch ms (working hours, DST, history).
import type { BreakEvent, BreakKind, BreakOutcome } from '../breaks/types.ts';
import type { WorkingHours } from './workingHours.ts';

export interface KindConfig {
  enabled: boolean;
  intervalMs: number;
  durationMs: number;
}

export interface SchedulerConfig {
  micro: KindConfig;
  stretch: KindConfig;
  /** Idle at or above this stops the active clock. */
  idleThresholdMs: number;
  postponeMs: number;
  maxPostpones: number;
  strict: boolean;
  /** Warning before a stretch break; 0 turns it off. */
  warningMs: number;
  /** Active time after waking, unlocking or relaunching before a break may start. */
  resumeGraceMs: number;
  workingHours: WorkingHours;
  /** IANA zone for working hours; undefined means the system's. */
  timeZone?: string;
}

export interface Clock {
  mono: number;
  wall: number;
}

export interface ActiveBreak {
  id: string;
  kind: BreakKind;
  covers: BreakKind[];
  startedMono: number;
  endsMono: number;
  startedWall: number;
  durationMs: number;
  /** Postpones already used for this break. */
  postpones: number;
}

export interface Pause {
  /** Authoritative while this process runs (fixed-length pauses). */
  untilMono?: number;
  /** Wall-clock end; "until tomorrow morning" uses only this. Absent both: until resumed. */
  untilWall?: number;
}

export interface DayStats {
  activeMs: number;
  /** Longest active time without a break taken (completed, ended early or natural). */
  longestMs: number;
}

export interface SchedulerState {
  seq: number;
  /** Active ms since the last break of each kind. */
  counters: Record<BreakKind, number>;
  /** Added to the interval: a postpone moves the due point (may be negative after "break now"). */
  extension: Record<BreakKind, number>;
  /** Postpones used by the pending break. */
  postpones: number;
  /** Active ms still to pass before any break may start (after waking or unlocking). */
  graceMs: number;
  /** Id reserved for the next stretch break once its warning is sent. */
  upcomingId: string | null;
  activeBreak: ActiveBreak | null;
  pause: Pause | null;
  /** Idle at or above the threshold: the active clock is stopped. */
  away: boolean;
  locked: boolean;
  asleep: boolean;
  /** Start of the current lock or sleep; `extraMs` is sleep the monotonic clock did not count. */
  rest: { mono: number; wall: number; extraMs: number } | null;
  sleepStart: { mono: number; wall: number } | null;
  /** Monotonic time of the last input seen (from idle samples). */
  lastInputMono: number;
  /** Kinds already credited as natural breaks during the current idle or rest period. */
  credited: BreakKind[];
  sinceAnyBreakMs: number;
  lastMono: number;
  lastWall: number;
  /** Totals since the state was created, for invariants and the benchmark. */
  totalActiveMs: number;
  totalElapsedMs: number;
  days: Record<string, DayStats>;
}

export type PauseRequest = { kind: 'minutes'; minutes: number } | { kind: 'tomorrow' } | { kind: 'untilResumed' };

export type SchedulerEvent =
  | { type: 'tick'; idleMs: number }
  | { type: 'suspend' }
  | { type: 'resume' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'breakNow'; kind?: BreakKind }
  | { type: 'postpone' }
  | { type: 'skip' }
  | { type: 'complete' }
  | { type: 'endEarly' }
  | { type: 'pause'; request: PauseRequest }
  | { type: 'resumeSchedule' }
  | { type: 'configure' };

export type SchedulerEffect =
  | { type: 'record'; event: Omit<BreakEvent, 'id'> }
  | { type: 'warn'; breakId: string; kind: BreakKind; inMs: number }
  | { type: 'breakStarted'; activeBreak: ActiveBreak }
  | { type: 'breakEnded'; breakId: string; kind: BreakKind; outcome: BreakOutcome };

export interface StepResult {
  state: SchedulerState;
  effects: SchedulerEffect[];
  /** Monotonic ms of the next wake-up, or null when nothing can happen before the next event. */
  nextDeadline: number | null;
  /** Set when a user action is not allowed now; the state is unchanged. */
  rejected?: string;
}
