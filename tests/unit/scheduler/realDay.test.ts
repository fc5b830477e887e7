// Issue 10 case A: rest that ends outside working hours still counts as rest. Users of break apps with
// working hours report a break right after the day starts although they just came back from a night
// away (BreakTimer and Stretchly "break immediately after login in the morning" reports); rest is rest
// whatever the hours say, only the start of a break is gated on them.
import { describe, expect, it } from 'vitest';
import { makeSim, MIN } from './sim.ts';

const weekday = [{ start: '09:00', end: '17:30' }];
const hours = { enabled: true, days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] } };
const split = { enabled: true, days: { mon: [{ start: '09:00', end: '11:58' }, { start: '12:55', end: '17:30' }], sat: [], sun: [] } };
const stretchOnly = { breaks: { micro: { enabled: false } } };

function stretchStartsBetween(sim: ReturnType<typeof makeSim>, from: string, to: string) {
  return sim.of('started', 'stretch').filter((r) => r.at >= from && r.at < to);
}

describe('rest ending outside working hours is credited (issue 10 case A)', () => {
  it('leave at 17:29, back at 08:50: no stretch break at 09:01, the first comes an hour into the day', () => {
    const sim = makeSim({ start: '2026-11-23T16:30:00Z', settings: { ...stretchOnly, workingHours: hours } });
    sim.minutes(59); // 17:29, 59 min of work: the stretch break was a minute away
    sim.idle((15 * 60 + 21) * MIN); // away until 08:50 next morning
    sim.minutes(75); // to 10:05
    expect(stretchStartsBetween(sim, '2026-11-24T08:50:00.000Z', '2026-11-24T09:59:00.000Z')).toEqual([]);
    expect(sim.of('started', 'stretch').length).toBeGreaterThan(0);
  });

  it('lid closed overnight and opened at 08:45: no stretch break at 09:16', () => {
    const sim = makeSim({ start: '2026-11-23T16:45:00Z', settings: { ...stretchOnly, workingHours: hours } });
    sim.minutes(44); // 17:29, 44 min of work
    sim.engine.dispatch({ type: 'suspend' });
    sim.clock.advance((15 * 60 + 16) * MIN); // asleep until 08:45
    sim.engine.dispatch({ type: 'resume' });
    sim.minutes(45); // to 09:30
    expect(stretchStartsBetween(sim, '2026-11-24T08:45:00.000Z', '2026-11-24T09:30:00.000Z')).toEqual([]);
  });

  // Guard only: this one passed before the fix too (the lock ends inside the afternoon range).
  it('a lunch lock 11:58-12:55 between two ranges resets the clock: no break at 13:02', () => {
    const sim = makeSim({ start: '2026-11-23T11:05:00Z', settings: { ...stretchOnly, workingHours: split } });
    sim.minutes(53); // 11:58, 53 min of work
    sim.engine.dispatch({ type: 'lock' });
    sim.clock.goIdle();
    sim.clock.advance(57 * MIN); // locked through lunch
    sim.clock.active();
    sim.engine.dispatch({ type: 'unlock' });
    sim.minutes(20); // to 13:15
    expect(stretchStartsBetween(sim, '2026-11-23T12:55:00.000Z', '2026-11-23T13:15:00.000Z')).toEqual([]);
  });

  it('relaunch before 09:00 after a night away: the saved counters are reset by the rest', () => {
    const day1 = makeSim({ start: '2026-11-23T16:30:00Z', settings: { ...stretchOnly, workingHours: hours } });
    day1.minutes(59);
    day1.engine.stop?.();
    const saved = day1.saved;
    expect(saved).toBeDefined();
    day1.clock.advance((15 * 60 + 21) * MIN); // app closed with the computer until 08:50
    const day2 = makeSim({ clock: day1.clock, saved, settings: { ...stretchOnly, workingHours: hours } });
    day2.minutes(30); // to 09:20
    expect(stretchStartsBetween(day2, '2026-11-24T08:50:00.000Z', '2026-11-24T09:20:00.000Z')).toEqual([]);
  });
});
