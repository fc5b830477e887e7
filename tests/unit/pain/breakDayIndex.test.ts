import { describe, expect, it } from 'vitest';
import { dailyBreakCounts } from '../../../shared/breaks/dailyCounts.ts';
import type { BreakEvent, BreakEventType } from '../../../shared/breaks/types.ts';
import { BreakDayIndex } from '../../../main/pain/breakDayIndex.ts';

const types: BreakEventType[] = ['due', 'completed', 'skipped', 'postponed', 'natural', 'endedEarly', 'started'];
const event = (i: number): BreakEvent => ({
  id: `e${i}`,
  type: types[i % types.length]!,
  kind: 'micro',
  breakId: `b${i}`,
  at: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000 * 5).toISOString(),
  covers: ['micro'],
});

describe('break counts by day for the pain log', () => {
  it('matches dailyBreakCounts, including events added later and a history rewritten in the middle', () => {
    // One array grown and edited in place, as main/storage/partitionedLog.ts keeps the history.
    const events = Array.from({ length: 60 }, (_, i) => event(i));
    const index = new BreakDayIndex({ all: () => events }, 'Europe/Berlin');
    const check = () => expect(index.dailyCounts('2026-10-31', '2026-11-20')).toEqual(dailyBreakCounts(events, '2026-10-31', '2026-11-20', 'Europe/Berlin'));
    check();
    events.push(...Array.from({ length: 20 }, (_, i) => event(60 + i)));
    check();
    events.splice(10, 1);
    check();
    expect(index.dailyCounts('2026-11-02', '2026-11-02')[0]!.taken).toBeGreaterThan(0);
  });
});
