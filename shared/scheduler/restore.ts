// Relaunch: saved state comes from another process whose monotonic clock means nothing now.
// Monotonic fields are rebased onto this clock, and the time the app was not running counts as
// sleep: long enough, it is a natural break; either way a grace period follows.
import { step } from './scheduler.ts';
import type { Clock, SchedulerConfig, SchedulerState, StepResult } from './types.ts';

export function restoreState(saved: SchedulerState, config: SchedulerConfig, clock: Clock): StepResult {
  const gap = Math.max(0, clock.wall - saved.lastWall);
  const delta = clock.mono - gap - saved.lastMono;
  const shift = (mono: number) => mono + delta;
  const restStart = saved.rest ? { mono: shift(saved.rest.mono), wall: saved.rest.wall, extraMs: saved.rest.extraMs } : null;
  const s: SchedulerState = {
    ...saved,
    counters: { ...saved.counters },
    extension: { ...saved.extension },
    credited: [...saved.credited],
    days: { ...saved.days },
    lastMono: shift(saved.lastMono),
    lastInputMono: shift(Math.min(saved.lastInputMono, saved.lastMono)),
    activeBreak: saved.activeBreak && {
      ...saved.activeBreak,
      startedMono: shift(saved.activeBreak.startedMono),
      endsMono: shift(saved.activeBreak.endsMono),
    },
    // A fixed-length pause keeps its wall-clock end across the relaunch.
    pause: saved.pause && (saved.pause.untilWall !== undefined ? { untilWall: saved.pause.untilWall } : {}),
    away: false,
    locked: false,
    asleep: true,
    rest: restStart ?? { mono: shift(saved.lastMono), wall: saved.lastWall, extraMs: 0 },
    sleepStart: { mono: shift(saved.lastMono), wall: saved.lastWall },
  };
  return step(s, { type: 'resume' }, config, clock);
}
