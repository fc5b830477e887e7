// The break engine as a service: the scheduler and its timer, the history, notifications, and the
// listeners the Electron adapter uses to open and close the break window.
import type { BodyRegion } from '../../shared/body/regions.ts';
import { postureCueFor } from '../../shared/breaks/cues.ts';
import { datesBetween, eventLocalDate, localDate } from '../../shared/breaks/dailyCounts.ts';
import type { BreakKind } from '../../shared/breaks/types.ts';
import type { BreakPeriodSummary, BreakSession, BreakSummary } from '../../shared/ipc/contracts/breaks.ts';
import { schedulerConfigFrom } from '../../shared/scheduler/config.ts';
import type { BreakStatus } from '../../shared/scheduler/status.ts';
import type { ActiveBreak, PauseRequest, SchedulerEffect } from '../../shared/scheduler/types.ts';
import type { SettingsService } from '../services/settingsService.ts';
import type { VersionedDocument } from '../storage/versionedDocument.ts';
import { BreakEngine } from './breakEngine.ts';
import type { BreakHistoryService } from './breakHistory.ts';
import type { BreakRuntimeDoc } from './runtimeDocument.ts';
import type { TimerApi } from './timers.ts';

export type BreakAction = 'done' | 'postpone' | 'skip';

export interface BreakNotification {
  breakId: string;
  kind: 'warning' | 'posture';
  title: string;
  body: string;
  /** Buttons, where the OS supports notification actions. */
  actions: Array<{ id: BreakAction; label: string }>;
}

export interface BreaksEnvironment {
  monoNow(): number;
  timers: TimerApi;
  /** System idle time in whole seconds. */
  idleSeconds(): number;
  notify(notification: BreakNotification): void;
  /** IANA zone for working hours and days; undefined means the system's. */
  timeZone?: string;
}

export interface BreaksServiceDeps {
  env: BreaksEnvironment;
  wallNow(): number;
  settings: SettingsService;
  runtime: VersionedDocument<BreakRuntimeDoc>;
  history: BreakHistoryService;
  broadcast(status: BreakStatus): void;
  painRegionsThisWeek?: () => BodyRegion[];
}

type BreakListener = (event: { started?: ActiveBreak; ended?: { breakId: string; kind: BreakKind } }) => void;

export class BreaksService {
  readonly #d: BreaksServiceDeps;
  readonly #engine: BreakEngine;
  readonly #breakListeners = new Set<BreakListener>();
  readonly #statusListeners = new Set<(status: BreakStatus) => void>();
  #painRegions: () => BodyRegion[];

  constructor(deps: BreaksServiceDeps) {
    this.#d = deps;
    this.#painRegions = deps.painRegionsThisWeek ?? (() => []);
    const config = () => schedulerConfigFrom(deps.settings.get(), deps.env.timeZone);
    this.#engine = new BreakEngine({
      monoNow: deps.env.monoNow,
      wallNow: deps.wallNow,
      timers: deps.env.timers,
      idleMs: () => Math.max(0, deps.env.idleSeconds()) * 1000,
      config,
      saved: deps.runtime.value.state,
      persist: (state) => deps.runtime.replace({ state }),
      onEffects: (effects) => this.#carryOut(effects),
      onStatus: (status) => {
        deps.broadcast(status);
        for (const l of this.#statusListeners) l(status);
      },
    });
    deps.settings.onChange(() => this.#engine.dispatch({ type: 'configure' }));
  }

  get engine(): BreakEngine {
    return this.#engine;
  }

  start(): void {
    this.#engine.start();
  }

  stop(): void {
    this.#engine.stop();
  }

  /** The pain log wires its own source in later. */
  setPainRegionsSource(source: () => BodyRegion[]): void {
    this.#painRegions = source;
  }

  status = (): BreakStatus => {
    this.#engine.start(); // idempotent: saved progress is restored before the first answer
    return this.#engine.status();
  };
  now = (kind?: BreakKind): BreakStatus => this.#engine.dispatch({ type: 'breakNow', ...(kind ? { kind } : {}) });
  postpone = (): BreakStatus => this.#engine.dispatch({ type: 'postpone' });
  skip = (): BreakStatus => this.#engine.dispatch({ type: 'skip' });
  complete = (): BreakStatus => this.#engine.dispatch({ type: 'complete' });
  endEarly = (): BreakStatus => this.#engine.dispatch({ type: 'endEarly' });
  pause = (request: PauseRequest): BreakStatus => this.#engine.dispatch({ type: 'pause', request });
  resume = (): BreakStatus => this.#engine.dispatch({ type: 'resumeSchedule' });
  /** powerMonitor events. */
  system = (event: 'suspend' | 'resume' | 'lock' | 'unlock'): BreakStatus => this.#engine.dispatch({ type: event });

  /** A notification button: acts on the break it was shown for, if that break is still running. */
  act(breakId: string, action: BreakAction): void {
    if (this.#engine.state.activeBreak?.id !== breakId) return;
    try {
      if (action === 'done') this.complete();
      else if (action === 'postpone') this.postpone();
      else this.skip();
    } catch {
      // Not allowed any more (strict mode switched on, postpones used up): the break runs on.
    }
  }

  session(): BreakSession {
    return { activeBreak: this.status().activeBreak, painRegions: [...new Set(this.#painRegions())] };
  }

  summary(): BreakSummary {
    const tz = this.#d.env.timeZone;
    const wall = this.#d.wallNow();
    const today = localDate(new Date(wall), tz);
    const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    const monday = datesBetween(shiftDate(today, -weekday), today)[0]!;
    const lastSeven = shiftDate(today, -6);
    const events = this.#d.history.all();
    const days = this.#d.history.dailyCounts(lastSeven, today);
    const period = (from: string): BreakPeriodSummary => {
      const dates = new Set(datesBetween(from, today));
      const sum: BreakPeriodSummary = { taken: 0, skipped: 0, postponed: 0, natural: 0, endedEarly: 0, activeMs: 0, longestWithoutBreakMs: 0 };
      for (const row of this.#d.history.dailyCounts(from, today)) {
        sum.taken += row.taken;
        sum.skipped += row.skipped;
        sum.postponed += row.postponed;
        sum.natural += row.natural;
      }
      sum.endedEarly = events.filter((e) => e.type === 'endedEarly' && dates.has(eventLocalDate(e, tz))).length;
      for (const [date, stats] of Object.entries(this.#engine.state.days)) {
        if (!dates.has(date)) continue;
        sum.activeMs += Math.round(stats.activeMs);
        sum.longestWithoutBreakMs = Math.max(sum.longestWithoutBreakMs, Math.round(stats.longestMs));
      }
      return sum;
    };
    const recent = events.filter((e) => e.type !== 'due' && e.type !== 'started' && e.type !== 'warned').slice(-20).reverse();
    return { today: period(today), week: period(monday), days, recent };
  }

  onBreak(listener: BreakListener): () => void {
    this.#breakListeners.add(listener);
    return () => this.#breakListeners.delete(listener);
  }

  onStatus(listener: (status: BreakStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  #carryOut(effects: SchedulerEffect[]): void {
    const records = effects.flatMap((e) => (e.type === 'record' ? [e.event] : []));
    this.#d.history.record(records);
    const settings = this.#d.settings.get();
    for (const effect of effects) {
      if (effect.type === 'warn') {
        this.#d.env.notify({
          breakId: effect.breakId,
          kind: 'warning',
          title: 'Stretch break soon',
          body: `A ${settings.breaks.stretch.durationMin}-minute stretch break starts in ${Math.round(effect.inMs / 1000)} seconds.`,
          actions: [],
        });
      } else if (effect.type === 'breakStarted') {
        const b = effect.activeBreak;
        if (b.kind === 'micro') this.#d.env.notify(this.#postureNotification(b));
        for (const l of this.#breakListeners) l({ started: b });
      } else if (effect.type === 'breakEnded') {
        for (const l of this.#breakListeners) l({ ended: { breakId: effect.breakId, kind: effect.kind } });
      }
    }
  }

  #postureNotification(b: ActiveBreak): BreakNotification {
    const status = this.status().activeBreak;
    const actions: BreakNotification['actions'] = [{ id: 'done', label: 'Done' }];
    if (status?.canPostpone) actions.push({ id: 'postpone', label: 'Postpone' });
    if (status?.canSkip) actions.push({ id: 'skip', label: 'Skip' });
    return { breakId: b.id, kind: 'posture', title: 'Posture check', body: postureCueFor(this.#engine.state.seq).text, actions };
  }
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
