// Working hours across daylight-saving changes in Europe/Berlin and America/New_York.
import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, nextWorkingHoursChange, tomorrowMorning } from '../../../shared/scheduler/workingHours.ts';
import { defaultSettings } from '../../../shared/settings/schema.ts';
import { makeSim } from './sim.ts';

const weekdays = { ...defaultSettings.workingHours, enabled: true };
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const at = (s: string) => new Date(s).getTime();

describe('Europe/Berlin', () => {
  const tz = 'Europe/Berlin';

  it('spring forward (29 March 2026): Monday starts at 09:00 CEST, an hour earlier in UTC', () => {
    expect(iso(nextWorkingHoursChange(weekdays, at('2026-03-27T17:00:00Z'), tz))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(nextWorkingHoursChange(weekdays, at('2026-03-20T17:00:00Z'), tz))).toBe('2026-03-23T08:00:00.000Z');
  });

  it('fall back (25 October 2026): Monday starts at 09:00 CET', () => {
    expect(iso(nextWorkingHoursChange(weekdays, at('2026-10-23T16:00:00Z'), tz))).toBe('2026-10-26T08:00:00.000Z');
    expect(isWithinWorkingHours(weekdays, at('2026-10-26T07:59:00Z'), tz)).toBe(false);
    expect(isWithinWorkingHours(weekdays, at('2026-10-26T08:00:00Z'), tz)).toBe(true);
  });

  it('a range across the missing hour on the spring-forward night', () => {
    const night = { enabled: true, days: { ...weekdays.days, sun: [{ start: '01:00', end: '03:30' }] } };
    // 01:30 CET is 00:30Z; the range ends at 03:30 CEST = 01:30Z, only one real hour later.
    expect(isWithinWorkingHours(night, at('2026-03-29T00:30:00Z'), tz)).toBe(true);
    expect(iso(nextWorkingHoursChange(night, at('2026-03-29T00:30:00Z'), tz))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('the scheduler runs through the DST weekend and starts Monday exactly at 09:00 local', () => {
    const sim = makeSim({ start: '2026-03-27T15:00:00Z', timeZone: tz, settings: { workingHours: weekdays } });
    sim.minutes(3 * 24 * 60);
    const monday = sim.of('started').filter((r) => r.at >= '2026-03-30T00:00:00.000Z');
    expect(monday[0]).toMatchObject({ kind: 'micro' });
    // Counters frozen from Friday 17:30 CET (16:30Z): the first check comes when the rest of the 20 min has run.
    const fridayLeft = sim.of('started').filter((r) => r.at < '2026-03-28T00:00:00.000Z');
    expect(fridayLeft.length).toBeGreaterThan(0);
    expect(monday[0]!.at >= '2026-03-30T07:00:00.000Z' && monday[0]!.at <= '2026-03-30T07:20:00.000Z').toBe(true);
    expect(sim.of('started').filter((r) => r.at > '2026-03-27T16:30:00.000Z' && r.at < '2026-03-30T07:00:00.000Z')).toEqual([]);
  });
});

describe('America/New_York', () => {
  const tz = 'America/New_York';

  it('spring forward (8 March 2026): 09:00 EDT is 13:00Z', () => {
    expect(iso(nextWorkingHoursChange(weekdays, at('2026-03-06T23:00:00Z'), tz))).toBe('2026-03-09T13:00:00.000Z');
  });

  it('fall back (1 November 2026): 09:00 EST is 14:00Z, and "tomorrow morning" follows', () => {
    expect(iso(nextWorkingHoursChange(weekdays, at('2026-10-30T22:00:00Z'), tz))).toBe('2026-11-02T14:00:00.000Z');
    // Sunday 1 November, 10:00 EST: tomorrow's first range starts 09:00 EST.
    expect(iso(tomorrowMorning(weekdays, at('2026-11-01T15:00:00Z'), tz))).toBe('2026-11-02T14:00:00.000Z');
    // Saturday 31 October 20:00 EDT: tomorrow (Sunday) has no range, so 08:00 EST.
    expect(iso(tomorrowMorning(weekdays, at('2026-11-01T00:00:00Z'), tz))).toBe('2026-11-01T13:00:00.000Z');
  });

  it('a pause until tomorrow morning across the fall-back night ends at 08:00 local', () => {
    const sim = makeSim({ start: '2026-10-31T22:00:00Z', timeZone: tz });
    sim.engine.dispatch({ type: 'pause', request: { kind: 'tomorrow' } });
    expect(sim.engine.status().pausedUntil).toBe('2026-11-01T13:00:00.000Z');
    sim.minutes(15 * 60 - 1);
    expect(sim.engine.status().mode).toBe('paused');
    sim.minutes(1);
    expect(sim.engine.status().mode).toBe('running');
  });
});
