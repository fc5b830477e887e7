// scheduler.wakeupsPerHour: an 8-hour simulated day of continuous activity through the real
// scheduler and main's timer logic (BreakEngine over fake timers), counting every timer callback.
// scheduler.baselineWakeupsPerHour: the 1 Hz tick or idle poll other break apps use (3600).
// scheduler.naturalBreakDetectionLagMs: worst lag, over idle periods starting at many sub-second
// offsets, between idle reaching a break's length and the natural break being recorded.
import { BreakEngine } from '../../../main/breaks/breakEngine.ts';
import { schedulerConfigFrom } from '../../../shared/scheduler/config.ts';
import type { SchedulerEffect } from '../../../shared/scheduler/types.ts';
import { defaultSettings } from '../../../shared/settings/schema.ts';
import { makeClock } from '../../support/testServices.ts';
import { round, type Benchmark } from '../types.ts';

const HOUR = 3_600_000;

function engineOn(clock: ReturnType<typeof makeClock>, onRecord: (effect: SchedulerEffect) => void): BreakEngine {
  const config = schedulerConfigFrom(structuredClone(defaultSettings), 'UTC');
  const engine = new BreakEngine({
    monoNow: clock.monoNow,
    wallNow: () => clock.now().getTime(),
    timers: clock.timers,
    idleMs: () => clock.idleSeconds() * 1000,
    config: () => config,
    saved: undefined,
    persist: () => {},
    onEffects: (effects) => effects.forEach(onRecord),
    onStatus: () => {},
  });
  engine.start();
  return engine;
}

export function wakeupsPerHour(hours = 8): number {
  const clock = makeClock('2026-11-23T08:00:00Z');
  engineOn(clock, () => {});
  clock.advance(hours * HOUR);
  return clock.fired() / hours;
}

export function naturalBreakLagMs(trials = 200): number {
  const { micro, stretch } = defaultSettings.breaks;
  const lengths = { micro: micro.durationSec * 1000, stretch: stretch.durationMin * 60_000 };
  let worst = 0;
  for (let i = 0; i < trials; i++) {
    const clock = makeClock('2026-11-23T08:00:00Z');
    const records: Array<{ kind: 'micro' | 'stretch'; at: number }> = [];
    engineOn(clock, (e) => e.type === 'record' && e.event.type === 'natural' && records.push({ kind: e.event.kind, at: Date.parse(e.event.at) }));
    // Active for 5 to 15 minutes, ending at a different sub-second offset each trial.
    clock.advance(5 * 60_000 + ((i * 4_517) % (10 * 60_000)) + ((i * 137) % 1000));
    const idleFrom = clock.now().getTime();
    clock.goIdle();
    clock.advance(lengths.stretch + 60_000);
    for (const kind of ['micro', 'stretch'] as const) {
      const record = records.find((r) => r.kind === kind);
      if (!record) throw new Error(`no natural ${kind} break recorded in trial ${i}`);
      worst = Math.max(worst, record.at - (idleFrom + lengths[kind]));
    }
  }
  return worst;
}

export const schedulerBenchmark: Benchmark = {
  name: 'scheduler',
  async run() {
    const ours = wakeupsPerHour();
    return {
      'scheduler.wakeupsPerHour': { value: round(ours, 1), unit: 'wakeups/h' },
      'scheduler.baselineWakeupsPerHour': { value: 3600, unit: 'wakeups/h' },
      'scheduler.naturalBreakDetectionLagMs': { value: naturalBreakLagMs(), unit: 'ms' },
    };
  },
};
