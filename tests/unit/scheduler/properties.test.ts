// Property test: random event sequences through the pure scheduler, firing each deadline the way
// main's timer would, with random idle, lock, sleep, user actions, pauses and settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreakEvent } from '../../../shared/breaks/types.ts';
import { schedulerConfigFrom } from '../../../shared/scheduler/config.ts';
import { initialState, step } from '../../../shared/scheduler/scheduler.ts';
import type { Clock, SchedulerEvent, SchedulerState } from '../../../shared/scheduler/types.ts';
import { defaultSettings, mergeSettings } from '../../../shared/settings/schema.ts';
import { outcomesPerDue } from './sim.ts';

type Op =
  | { op: 'advance'; ms: number; idle: boolean }
  | { op: 'event'; event: SchedulerEvent }
  | { op: 'jump'; ms: number }
  | { op: 'settings'; strict: boolean; microMin: number; maxPostpones: number; hours: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 40 * 60_000 }), idle: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('event' as const),
      event: fc.constantFrom<SchedulerEvent>(
        { type: 'suspend' },
        { type: 'resume' },
        { type: 'lock' },
        { type: 'unlock' },
        { type: 'breakNow' },
        { type: 'breakNow', kind: 'micro' },
        { type: 'postpone' },
        { type: 'skip' },
        { type: 'complete' },
        { type: 'endEarly' },
        { type: 'pause', request: { kind: 'minutes', minutes: 30 } },
        { type: 'pause', request: { kind: 'tomorrow' } },
        { type: 'pause', request: { kind: 'untilResumed' } },
        { type: 'resumeSchedule' },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('jump' as const), ms: fc.integer({ min: -2 * 3600_000, max: 2 * 3600_000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('settings' as const),
      strict: fc.boolean(),
      microMin: fc.integer({ min: 5, max: 120 }),
      maxPostpones: fc.integer({ min: 0, max: 5 }),
      hours: fc.boolean(),
    }),
  },
);

describe('scheduler invariants over random event sequences', () => {
  it('one break at a time, no deadline in the past, active <= elapsed, one outcome per due break', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
        let settings = structuredClone(defaultSettings);
        let config = schedulerConfigFrom(settings, 'Europe/Berlin');
        const clock: Clock = { mono: 5_000, wall: Date.parse('2026-03-28T20:00:00Z') };
        let state: SchedulerState = initialState(clock);
        let deadline: number | null = null;
        let idleSince: number | undefined;
        const records: Array<Omit<BreakEvent, 'id'>> = [];
        const elapsedStart = clock.mono;

        const apply = (event: SchedulerEvent) => {
          const hadBreak = state.activeBreak !== null;
          const result = step(state, event, config, clock);
          if (result.rejected) {
            expect(result.state).toBe(state);
            return;
          }
          const starts = result.effects.filter((e) => e.type === 'breakStarted').length;
          const ends = result.effects.filter((e) => e.type === 'breakEnded').length;
          // Never two breaks at once: a start needs no open break (or one ended in the same step first).
          expect(starts).toBeLessThanOrEqual(1);
          if (starts) expect(hadBreak ? ends : 0).toBe(hadBreak ? 1 : 0);
          state = result.state;
          for (const e of result.effects) if (e.type === 'record') records.push(e.event);
          deadline = result.nextDeadline;
          if (deadline !== null) expect(deadline).toBeGreaterThan(clock.mono);
          expect(state.totalActiveMs).toBeLessThanOrEqual(state.totalElapsedMs);
          expect(state.totalElapsedMs).toBeLessThanOrEqual(clock.mono - elapsedStart);
          expect(state.counters.micro).toBeGreaterThanOrEqual(0);
        };
        const idleMs = () => (idleSince === undefined ? 0 : Math.floor((clock.mono - idleSince) / 1000) * 1000);

        apply({ type: 'configure' });
        for (const op of ops) {
          if (op.op === 'advance') {
            if (op.idle) idleSince ??= clock.mono;
            const target = clock.mono + op.ms;
            // Fire every deadline on the way, as main's one timer would.
            for (let guard = 0; deadline !== null && deadline <= target && guard < 10_000; guard++) {
              const d: number = deadline;
              clock.wall += d - clock.mono;
              clock.mono = d;
              apply({ type: 'tick', idleMs: idleMs() });
            }
            clock.wall += target - clock.mono;
            clock.mono = target;
            if (!op.idle) idleSince = undefined;
          } else if (op.op === 'jump') {
            clock.wall += op.ms;
            apply({ type: 'tick', idleMs: idleMs() });
          } else if (op.op === 'settings') {
            settings = mergeSettings(settings, {
              strictMode: op.strict,
              breaks: { micro: { intervalMin: op.microMin } },
              postpone: { maxPerBreak: op.maxPostpones },
              workingHours: { enabled: op.hours },
            });
            config = schedulerConfigFrom(settings, 'Europe/Berlin');
            apply({ type: 'configure' });
          } else {
            apply(op.event);
          }
        }
        for (const [, n] of outcomesPerDue(records, state.activeBreak?.id ?? undefined)) expect(n).toBe(1);
        // The open break, if any, has no outcome yet.
        if (state.activeBreak) expect(records.filter((r) => r.breakId === state.activeBreak!.id && r.type !== 'due' && r.type !== 'started' && r.type !== 'warned')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
