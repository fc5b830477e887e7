// A simulated day: the real BreakEngine (main's timer logic) over the pure scheduler, driven by the
// fake clock and fake timers from testServices. Effects and saved state are kept for assertions.
import { BreakEngine } from '../../../main/breaks/breakEngine.ts';
import type { BreakEvent } from '../../../shared/breaks/types.ts';
import { schedulerConfigFrom } from '../../../shared/scheduler/config.ts';
import type { SchedulerEffect, SchedulerState } from '../../../shared/scheduler/types.ts';
import { defaultSettings, mergeSettings, type DeepPartial, type Settings } from '../../../shared/settings/schema.ts';
import { makeClock, type TestClock } from '../../support/testServices.ts';

export const MIN = 60_000;

export interface SimOptions {
  settings?: DeepPartial<Settings>;
  start?: string;
  timeZone?: string;
  clock?: TestClock;
  saved?: SchedulerState;
}

export function makeSim(options: SimOptions = {}) {
  const clock = options.clock ?? makeClock(options.start ?? '2026-11-23T09:00:00Z');
  let settings = mergeSettings<Settings>(structuredClone(defaultSettings), options.settings);
  const records: Array<Omit<BreakEvent, 'id'>> = [];
  const effects: SchedulerEffect[] = [];
  let saved = options.saved;
  let saves = 0;
  const engine = new BreakEngine({
    monoNow: clock.monoNow,
    wallNow: () => clock.now().getTime(),
    timers: clock.timers,
    idleMs: () => clock.idleSeconds() * 1000,
    config: () => schedulerConfigFrom(settings, options.timeZone ?? 'UTC'),
    saved,
    persist: (state) => {
      saved = structuredClone(state);
      saves++;
    },
    onEffects: (fx) => {
      effects.push(...fx);
      for (const e of fx) if (e.type === 'record') records.push(e.event);
    },
    onStatus: () => {},
  });
  engine.start();
  const sim = {
    clock,
    engine,
    records,
    effects,
    get saved() {
      return saved;
    },
    get saves() {
      return saves;
    },
    minutes(n: number) {
      clock.advance(n * MIN);
    },
    /** No input for `ms`, then the user is back (seen at the next wake-up). */
    idle(ms: number) {
      clock.goIdle();
      clock.advance(ms);
      clock.active();
    },
    configure(patch: DeepPartial<Settings>) {
      settings = mergeSettings<Settings>(settings, patch);
      engine.dispatch({ type: 'configure' });
    },
    of(type: BreakEvent['type'], kind?: BreakEvent['kind']) {
      return records.filter((r) => r.type === type && (!kind || r.kind === kind));
    },
  };
  return sim;
}

/** Every due break has exactly one outcome; the open break (if any) has none yet. */
export function outcomesPerDue(records: ReadonlyArray<Omit<BreakEvent, 'id'>>, openId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) if (r.type === 'due') counts.set(r.breakId, 0);
  for (const r of records) {
    if (['completed', 'postponed', 'skipped', 'endedEarly'].includes(r.type)) counts.set(r.breakId, (counts.get(r.breakId) ?? 0) + 1);
  }
  if (openId) counts.delete(openId);
  return counts;
}
