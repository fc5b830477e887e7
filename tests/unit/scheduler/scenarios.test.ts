// Scenario tests on the fake clock: the real engine and scheduler through simulated days.
import { describe, expect, it } from 'vitest';
import { MIN, makeSim, outcomesPerDue } from './sim.ts';

const counters = (sim: ReturnType<typeof makeSim>) => sim.engine.state.counters;

describe('continuous activity', () => {
  it('an 8-hour day gives 14 posture checks and 7 stretch breaks, each with one outcome', () => {
    const sim = makeSim();
    sim.minutes(8 * 60);
    // A cycle is 20 + 0.5 + 20 + 0.5 + 20 + 5 minutes: 7 full cycles fit in 8 hours.
    expect(sim.of('completed', 'micro')).toHaveLength(14);
    expect(sim.of('completed', 'stretch')).toHaveLength(7);
    expect(sim.of('warned', 'stretch')).toHaveLength(7);
    expect(sim.of('natural')).toHaveLength(0);
    expect([...outcomesPerDue(sim.records, sim.engine.state.activeBreak?.id).values()].every((n) => n === 1)).toBe(true);
    // The stretch break covers the posture check that falls due with it.
    expect(sim.of('started', 'stretch').every((r) => r.covers.includes('micro'))).toBe(true);
    const first = sim.of('started')[0]!;
    expect(first).toMatchObject({ kind: 'micro', at: '2026-11-23T09:20:00.000Z' });
    expect(sim.of('started', 'stretch')[0]!.at).toBe('2026-11-23T10:01:00.000Z');
    // Far fewer wake-ups than a once-a-second tick.
    expect(sim.engine.wakeups).toBeLessThan((8 * 3600) / 20);
  });
});

describe('idle', () => {
  it('10 minutes idle mid-cycle: natural breaks recorded the moment idle reaches each length, clock stopped', () => {
    const sim = makeSim();
    sim.minutes(10);
    const before = sim.engine.state.totalActiveMs;
    sim.idle(10 * MIN);
    const naturals = sim.of('natural');
    expect(naturals.map((n) => [n.kind, n.at])).toEqual([
      ['micro', '2026-11-23T09:10:30.000Z'],
      ['stretch', '2026-11-23T09:15:00.000Z'],
    ]);
    // The active clock ran until idle reached the threshold (60 s), then stopped.
    expect(sim.engine.state.totalActiveMs - before).toBe(60_000);
    sim.minutes(1);
    expect(sim.engine.status().mode).toBe('running');
    // After the natural stretch break the next stretch is a full hour of activity away.
    expect(sim.engine.status().next).toMatchObject({ kind: 'micro' });
    expect(counters(sim).stretch).toBeLessThanOrEqual(2 * MIN);
  });

  it('a short pause below the threshold keeps the clock running', () => {
    const sim = makeSim();
    sim.minutes(5);
    sim.idle(20_000);
    sim.clock.advance(40_000); // to the next wake-up, where the state is brought up to date
    expect(sim.of('natural')).toEqual([]);
    expect(sim.engine.state.totalActiveMs).toBe(6 * MIN);
  });
});

describe('sleep and lock', () => {
  it('1 hour suspend counts as a stretch break and never triggers a break on waking', () => {
    const sim = makeSim();
    sim.minutes(50);
    sim.engine.dispatch({ type: 'suspend' });
    sim.clock.advance(60 * MIN); // nothing is armed while asleep
    expect(sim.records.filter((r) => r.at > '2026-11-23T09:50:00.000Z')).toEqual([]);
    sim.engine.dispatch({ type: 'resume' });
    expect(sim.of('natural', 'stretch')).toHaveLength(1);
    expect(counters(sim)).toEqual({ micro: 0, stretch: 0 });
    sim.minutes(2);
    expect(sim.engine.state.activeBreak).toBeNull();
  });

  it('a 2-minute lock keeps stretch progress (and counts as a posture check)', () => {
    const sim = makeSim();
    sim.minutes(30);
    const stretchBefore = counters(sim).stretch;
    sim.engine.dispatch({ type: 'lock' });
    sim.minutes(2);
    sim.engine.dispatch({ type: 'unlock' });
    expect(counters(sim).stretch).toBe(stretchBefore);
    expect(sim.of('natural').map((n) => n.kind)).toEqual(['micro']);
    expect(sim.of('natural', 'stretch')).toEqual([]);
  });

  it('a 6-minute lock counts as the stretch break, recorded when the lock reaches 5 minutes', () => {
    const sim = makeSim();
    sim.minutes(30);
    sim.engine.dispatch({ type: 'lock' });
    sim.minutes(6);
    const stretch = sim.of('natural', 'stretch');
    expect(stretch).toHaveLength(1);
    expect(stretch[0]!.at).toBe('2026-11-23T09:35:00.000Z');
    sim.engine.dispatch({ type: 'unlock' });
    expect(counters(sim)).toEqual({ micro: 0, stretch: 0 });
  });

  it('idle followed by a lock counts as one rest: 3 min idle + 3 min locked is a stretch break', () => {
    const sim = makeSim();
    sim.minutes(30);
    sim.clock.goIdle();
    sim.minutes(3);
    sim.engine.dispatch({ type: 'lock' });
    sim.clock.active();
    sim.minutes(3);
    expect(sim.of('natural').map((n) => [n.kind, n.at])).toEqual([
      ['micro', '2026-11-23T09:30:30.000Z'],
      ['stretch', '2026-11-23T09:35:00.000Z'],
    ]);
  });

  it('resume grace: a break due on waking waits for 2 minutes of activity', () => {
    const sim = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    sim.clock.advance(60 * MIN - 10_000); // stretch due in 10 s
    sim.engine.dispatch({ type: 'lock' });
    sim.clock.advance(20_000);
    sim.engine.dispatch({ type: 'unlock' });
    sim.clock.advance(2 * MIN - 1000);
    expect(sim.engine.state.activeBreak).toBeNull();
    sim.clock.advance(1000);
    expect(sim.engine.state.activeBreak?.kind).toBe('stretch');
  });
});

describe('wall-clock jumps', () => {
  for (const jump of [60 * MIN, -60 * MIN]) {
    it(`${jump > 0 ? '+' : '-'}1 h: no break is triggered or lost; durations follow the monotonic clock`, () => {
      const sim = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
      sim.minutes(30);
      sim.clock.set(new Date(sim.clock.now().getTime() + jump));
      sim.minutes(1);
      expect(sim.engine.state.activeBreak).toBeNull();
      expect(counters(sim).stretch).toBe(31 * MIN);
      sim.minutes(29);
      expect(sim.engine.state.activeBreak?.kind).toBe('stretch');
      expect(sim.of('natural')).toEqual([]);
    });
  }
});

describe('working hours', () => {
  const hours = { enabled: true, days: { mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }], sat: [], sun: [] } };

  it('no breaks outside the ranges, counters frozen, resumes at the next range', () => {
    const sim = makeSim({ start: '2026-11-23T11:30:00Z', settings: { workingHours: hours } });
    sim.minutes(30); // posture check 11:50, then 9.5 min more
    expect(counters(sim)).toEqual({ micro: 9.5 * MIN, stretch: 29.5 * MIN });
    sim.minutes(59);
    expect(sim.engine.status().mode).toBe('outOfHours');
    expect(counters(sim)).toEqual({ micro: 9.5 * MIN, stretch: 29.5 * MIN });
    expect(sim.of('started').filter((r) => r.at >= '2026-11-23T12:00:00.000Z')).toEqual([]);
    sim.minutes(1); // 13:00
    expect(sim.engine.status().mode).toBe('running');
    sim.minutes(11);
    expect(sim.of('started').at(-1)).toMatchObject({ kind: 'micro', at: '2026-11-23T13:10:30.000Z' });
  });

  it('the last break of the day can start at 17:29 but none after 17:30', () => {
    const sim = makeSim({ start: '2026-11-23T16:49:00Z', settings: { workingHours: hours } });
    sim.minutes(20); // 17:09 posture check
    sim.minutes(21); // 17:29:30 posture check, ends 17:30
    expect(sim.of('started', 'micro').map((r) => r.at)).toEqual(['2026-11-23T17:09:00.000Z', '2026-11-23T17:29:30.000Z']);
    sim.minutes(6 * 60);
    expect(sim.of('started')).toHaveLength(2);
    expect(sim.engine.status().mode).toBe('outOfHours');
  });
});

describe('postpone, skip and strict mode', () => {
  const atFirstStretch = (settings = {}) => {
    const sim = makeSim({ settings: { breaks: { micro: { enabled: false } }, ...settings } });
    sim.minutes(60);
    expect(sim.engine.state.activeBreak?.kind).toBe('stretch');
    return sim;
  };

  it('postpone moves the break by 5 minutes of activity, at most twice', () => {
    const sim = atFirstStretch();
    expect(sim.engine.dispatch({ type: 'postpone' }).activeBreak).toBeNull();
    sim.minutes(5);
    expect(sim.engine.state.activeBreak).toMatchObject({ kind: 'stretch', postpones: 1 });
    sim.engine.dispatch({ type: 'postpone' });
    sim.minutes(5);
    expect(sim.engine.status().activeBreak).toMatchObject({ canPostpone: false, postponesLeft: 0, canSkip: true });
    expect(() => sim.engine.dispatch({ type: 'postpone' })).toThrow(/already been postponed 2 times/);
    expect(sim.of('postponed')).toHaveLength(2);
    sim.engine.dispatch({ type: 'skip' });
    expect(sim.of('skipped')).toHaveLength(1);
    expect(counters(sim).stretch).toBe(0);
    expect([...outcomesPerDue(sim.records).values()]).toEqual([1, 1, 1]);
  });

  it('strict mode: no postpone or skip; the emergency end is recorded', () => {
    const sim = atFirstStretch({ strictMode: true });
    expect(sim.engine.status().activeBreak).toMatchObject({ canPostpone: false, canSkip: false, strict: true });
    expect(() => sim.engine.dispatch({ type: 'postpone' })).toThrow(/Strict mode/);
    expect(() => sim.engine.dispatch({ type: 'skip' })).toThrow(/Strict mode/);
    expect(() => sim.engine.dispatch({ type: 'pause', request: { kind: 'untilResumed' } })).toThrow(/Strict mode/);
    sim.engine.dispatch({ type: 'endEarly' });
    expect(sim.of('endedEarly')).toHaveLength(1);
    expect(sim.engine.state.activeBreak).toBeNull();
  });

  it('take a break now starts a stretch break covering both kinds', () => {
    const sim = makeSim();
    sim.minutes(7);
    sim.engine.dispatch({ type: 'breakNow' });
    expect(sim.engine.state.activeBreak).toMatchObject({ kind: 'stretch', covers: ['micro', 'stretch'] });
    sim.minutes(5);
    expect(sim.of('completed', 'stretch')).toHaveLength(1);
    expect(counters(sim)).toEqual({ micro: 0, stretch: 0 });
  });
});

describe('pause', () => {
  it('pauses for 30 minutes and resumes by itself', () => {
    const sim = makeSim();
    sim.minutes(10);
    sim.engine.dispatch({ type: 'pause', request: { kind: 'minutes', minutes: 30 } });
    expect(sim.engine.status()).toMatchObject({ mode: 'paused', pausedUntil: '2026-11-23T09:40:00.000Z' });
    sim.minutes(30);
    expect(sim.engine.status().mode).toBe('running');
    expect(counters(sim).micro).toBe(10 * MIN);
  });

  it('until tomorrow morning: the first working-hours start, else 08:00', () => {
    const sim = makeSim({ start: '2026-11-23T15:00:00Z' });
    sim.engine.dispatch({ type: 'pause', request: { kind: 'tomorrow' } });
    expect(sim.engine.status().pausedUntil).toBe('2026-11-24T08:00:00.000Z');
    sim.configure({ workingHours: { enabled: true } });
    sim.engine.dispatch({ type: 'pause', request: { kind: 'tomorrow' } });
    expect(sim.engine.status().pausedUntil).toBe('2026-11-24T09:00:00.000Z');
  });

  it('until resumed: nothing runs until resume', () => {
    const sim = makeSim();
    sim.engine.dispatch({ type: 'pause', request: { kind: 'untilResumed' } });
    sim.minutes(5 * 60);
    expect(sim.records).toEqual([]);
    expect(sim.engine.status()).toMatchObject({ mode: 'paused', pausedUntil: null });
    sim.engine.dispatch({ type: 'resumeSchedule' });
    sim.minutes(20);
    expect(sim.of('started', 'micro')).toHaveLength(1);
  });
});

describe('relaunch', () => {
  it('quitting and relaunching mid-cycle keeps progress', () => {
    const first = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    first.minutes(40);
    first.engine.stop();
    first.clock.advance(10_000);
    const second = makeSim({ clock: first.clock, saved: first.saved, settings: { breaks: { micro: { enabled: false } } } });
    expect(second.engine.state.counters.stretch).toBe(40 * MIN);
    second.minutes(20);
    expect(second.engine.state.activeBreak?.kind).toBe('stretch');
  });

  it('a relaunch after a long absence counts it as a break', () => {
    const first = makeSim();
    first.minutes(40);
    first.engine.stop();
    first.clock.advance(3 * 60 * MIN);
    const second = makeSim({ clock: first.clock, saved: first.saved });
    expect(second.of('natural', 'stretch')).toHaveLength(1);
    expect(second.engine.state.counters).toEqual({ micro: 0, stretch: 0 });
  });
});

describe('natural breaks need work to rest from', () => {
  it('idle straight after a break is not recorded again as a natural posture check', () => {
    const sim = makeSim();
    sim.minutes(20.5); // the first posture check, completed at 09:20:30
    expect(sim.of('completed', 'micro')).toHaveLength(1);
    sim.idle(2 * MIN);
    expect(sim.of('natural')).toEqual([]);
  });
});

describe('a break in progress', () => {
  it('locking the screen during a stretch break lets it run to the end as taken', () => {
    const sim = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    sim.minutes(60);
    sim.engine.dispatch({ type: 'lock' });
    sim.minutes(6);
    expect(sim.of('completed', 'stretch')).toHaveLength(1);
    expect(sim.of('natural')).toEqual([]); // the break itself was the rest
    sim.engine.dispatch({ type: 'unlock' });
    expect(sim.engine.state.activeBreak).toBeNull();
  });

  it('sleeping through the rest of a break completes it on waking, even when the monotonic clock stood still', () => {
    const sim = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    sim.minutes(60);
    sim.engine.dispatch({ type: 'suspend' });
    sim.clock.set(new Date(sim.clock.now().getTime() + 30 * MIN)); // wall moves, monotonic does not
    sim.engine.dispatch({ type: 'resume' });
    expect(sim.of('completed', 'stretch')).toHaveLength(1);
    expect(sim.engine.state.activeBreak).toBeNull();
  });

  it('quitting during a break and coming back later records it as taken, once', () => {
    const first = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    first.minutes(61);
    expect(first.engine.state.activeBreak?.kind).toBe('stretch');
    first.engine.stop();
    first.clock.advance(10 * MIN);
    const second = makeSim({ clock: first.clock, saved: first.saved, settings: { breaks: { micro: { enabled: false } } } });
    expect(second.of('completed', 'stretch')).toHaveLength(1);
    expect(second.of('natural')).toEqual([]);
    expect(second.engine.state.activeBreak).toBeNull();
  });

  it('relaunching a moment later resumes the break where it was', () => {
    const first = makeSim({ settings: { breaks: { micro: { enabled: false } } } });
    first.minutes(61);
    first.engine.stop();
    first.clock.advance(5_000);
    const second = makeSim({ clock: first.clock, saved: first.saved, settings: { breaks: { micro: { enabled: false } } } });
    expect(second.engine.status().activeBreak).toMatchObject({ kind: 'stretch', remainingMs: 4 * MIN - 5_000 });
    second.minutes(4);
    expect(second.of('completed', 'stretch')).toHaveLength(1);
  });
});

describe('pause across a relaunch', () => {
  it('a 1-hour pause keeps its wall-clock end after a relaunch', () => {
    const first = makeSim();
    first.minutes(10);
    first.engine.dispatch({ type: 'pause', request: { kind: 'minutes', minutes: 60 } });
    first.engine.stop();
    first.clock.advance(20 * MIN);
    const second = makeSim({ clock: first.clock, saved: first.saved });
    expect(second.engine.status()).toMatchObject({ mode: 'paused', pausedUntil: '2026-11-23T10:10:00.000Z' });
    second.minutes(40);
    expect(second.engine.status().mode).toBe('running');
  });
});

describe('nothing to do', () => {
  it('with both kinds turned off, nothing wakes the engine', () => {
    const sim = makeSim({ settings: { breaks: { micro: { enabled: false }, stretch: { enabled: false } } } });
    sim.minutes(8 * 60);
    expect(sim.engine.wakeups).toBe(0);
    expect(sim.engine.status().mode).toBe('off');
    sim.configure({ breaks: { micro: { enabled: true } } });
    sim.minutes(20);
    expect(sim.of('started', 'micro')).toHaveLength(1);
  });
});
