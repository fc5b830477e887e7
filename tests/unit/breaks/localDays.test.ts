// Time safety: break events are stored in UTC with the local offset at the time, and grouped by the
// local day they happened on, across DST changes and after the user moves to another time zone.
import { describe, expect, it } from 'vitest';
import { dailyBreakCounts, eventLocalDate, utcOffsetMinutes } from '../../../shared/breaks/dailyCounts.ts';
import type { BreakEvent } from '../../../shared/breaks/types.ts';
import { makeTempDir } from '../../support/testServices.ts';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { openPartitionedLog } from '../../../main/storage/partitionedLog.ts';
import { BreakHistoryService, breakHistoryLogOptions } from '../../../main/breaks/breakHistory.ts';

const event = (at: string, offsetMin: number | undefined, type: BreakEvent['type'] = 'completed'): BreakEvent => ({
  id: `${at}:${type}`,
  type,
  kind: 'stretch',
  breakId: at,
  at,
  covers: ['stretch', 'micro'],
  ...(offsetMin === undefined ? {} : { offsetMin }),
});

describe('break events by local day', () => {
  it('knows the offset on both sides of a DST change', () => {
    expect(utcOffsetMinutes(new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(utcOffsetMinutes(new Date('2026-03-30T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(utcOffsetMinutes(new Date('2026-11-02T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(utcOffsetMinutes(new Date('2026-10-31T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('groups by the offset recorded with each event, not the zone the user is in now', () => {
    const events = [
      event('2026-11-20T23:30:00Z', 60), // Berlin: 21 Nov, 00:30
      event('2026-11-21T04:30:00Z', -300, 'skipped'), // after flying to New York: 20 Nov, 23:30
    ];
    const counts = dailyBreakCounts(events, '2026-11-20', '2026-11-21', 'Asia/Tokyo');
    expect(counts).toEqual([
      { date: '2026-11-20', taken: 0, skipped: 1, postponed: 0, natural: 0 },
      { date: '2026-11-21', taken: 1, skipped: 0, postponed: 0, natural: 0 },
    ]);
  });

  it('keeps late-evening events on their day across the DST change', () => {
    // 23:30 local in Berlin the evening before and after clocks go forward (29 March 2026).
    expect(eventLocalDate({ at: '2026-03-28T22:30:00Z', offsetMin: 60 })).toBe('2026-03-28');
    expect(eventLocalDate({ at: '2026-03-29T21:30:00Z', offsetMin: 120 })).toBe('2026-03-29');
  });

  it('falls back to the time zone for events stored before offsets were recorded', () => {
    expect(eventLocalDate({ at: '2026-11-20T23:30:00Z' }, 'Europe/Berlin')).toBe('2026-11-21');
  });

  it('records the offset when history stores an event', () => {
    const dir = makeTempDir();
    const history = new BreakHistoryService(
      openPartitionedLog({ ...breakHistoryLogOptions, dir, factory: confFactoryFor(dir), onRecovered: () => {}, stamp: () => 's' }),
      'Europe/Berlin',
    );
    const [stored] = history.record([{ type: 'completed', kind: 'micro', breakId: 'b1', at: '2026-07-01T10:00:00.000Z', covers: ['micro'] }]);
    expect(stored!.offsetMin).toBe(120);
  });
});
