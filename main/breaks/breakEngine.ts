// Main's timer logic around the pure scheduler: one timer armed at the scheduler's next deadline
// (or the next tray refresh, whichever is first), an idle sample at every wake-up, and state
// written at changes. No tick while nothing is due.
import { DomainError } from '../../shared/ipc/result.ts';
import { restoreState } from '../../shared/scheduler/restore.ts';
import { initialState, step } from '../../shared/scheduler/scheduler.ts';
import { breakStatus, type BreakStatus } from '../../shared/scheduler/status.ts';
import type { Clock, SchedulerConfig, SchedulerEffect, SchedulerEvent, SchedulerState, StepResult } from '../../shared/scheduler/types.ts';
import type { TimerApi } from './timers.ts';

/** The tray's minutes are refreshed at least this often while a countdown is shown. */
export const STATUS_REFRESH_MS = 60_000;
/** Counters are also saved this often, so a crash loses at most this much progress. */
export const CHECKPOINT_MS = 5 * 60_000;

export interface BreakEngineOptions {
  monoNow(): number;
  wallNow(): number;
  timers: TimerApi;
  /** System idle time in ms (powerMonitor.getSystemIdleTime() * 1000 in the app). */
  idleMs(): number;
  config(): SchedulerConfig;
  saved: SchedulerState | undefined;
  persist(state: SchedulerState): void;
  onEffects(effects: SchedulerEffect[], status: BreakStatus): void;
  onStatus(status: BreakStatus): void;
}

export class BreakEngine {
  readonly #o: BreakEngineOptions;
  #state: SchedulerState;
  #timer: unknown;
  #lastPersistMono = -Infinity;
  #statusKey = '';
  #started = false;
  #halted = false;
  /** Timer callbacks so far (the benchmark's wake-up count). */
  wakeups = 0;

  constructor(options: BreakEngineOptions) {
    this.#o = options;
    this.#state = initialState(this.#clock());
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const { saved } = this.#o;
    this.#lastPersistMono = this.#o.monoNow();
    this.#apply(saved ? restoreState(saved, this.#o.config(), this.#clock()) : step(this.#state, { type: 'configure' }, this.#o.config(), this.#clock()), false);
  }

  /** Feeds one event; a user action that is not allowed now throws a DomainError and changes nothing. */
  dispatch(event: SchedulerEvent): BreakStatus {
    if (!this.#started) this.start(); // restore saved progress before anything else happens
    const result = step(this.#state, event, this.#o.config(), this.#clock());
    if (result.rejected) throw new DomainError('CONFLICT', result.rejected);
    this.#apply(result, event.type !== 'tick' && event.type !== 'configure');
    return this.status();
  }

  status(): BreakStatus {
    return breakStatus(this.#state, this.#o.config(), this.#clock());
  }

  get state(): SchedulerState {
    return this.#state;
  }

  /** Saves and disarms (quit). */
  stop(): void {
    this.disarm();
    if (this.#started) this.#o.persist(this.#state);
  }

  /** Disarms for good without saving (a crash, as far as the saved state knows). */
  disarm(): void {
    this.#halted = true;
    if (this.#timer !== undefined) this.#o.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #clock(): Clock {
    return { mono: this.#o.monoNow(), wall: this.#o.wallNow() };
  }

  #apply(result: StepResult, important: boolean): void {
    this.#state = result.state;
    const mono = this.#o.monoNow();
    if (important || result.effects.length > 0 || mono - this.#lastPersistMono >= CHECKPOINT_MS) {
      this.#o.persist(this.#state);
      this.#lastPersistMono = mono;
    }
    const status = this.status();
    if (result.effects.length > 0) this.#o.onEffects(result.effects, status);
    const key = statusKey(status);
    if (key !== this.#statusKey) {
      this.#statusKey = key;
      this.#o.onStatus(status);
    }
    this.#arm(result.nextDeadline, status);
  }

  #arm(deadline: number | null, status: BreakStatus): void {
    if (this.#timer !== undefined) this.#o.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#halted) return;
    const mono = this.#o.monoNow();
    const refresh = status.next ? mono + STATUS_REFRESH_MS : Infinity;
    const at = Math.min(deadline ?? Infinity, refresh);
    if (!Number.isFinite(at)) return;
    this.#timer = this.#o.timers.setTimeout(() => {
      this.#timer = undefined;
      this.wakeups++;
      this.dispatch({ type: 'tick', idleMs: this.#o.idleMs() });
    }, Math.max(0, at - mono));
  }
}

/** What the tray shows changes only when this does (minutes, not milliseconds). */
function statusKey(s: BreakStatus): string {
  const b = s.activeBreak;
  return JSON.stringify([s.mode, s.next?.kind, s.next && Math.ceil(s.next.inMs / 60_000), s.pausedUntil, b?.id, b?.canPostpone, b?.canSkip]);
}
