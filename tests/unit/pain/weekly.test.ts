import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, localDayOf, weekStartOf } from '../../../shared/pain/localDay.ts';
import { adherenceAssociation, compareWeeks, weeklyReview } from '../../../shared/pain/weekly.ts';
import type { PainEntry } from '../../../shared/pain/vocabulary.ts';
import { entry } from './fixtures.ts';

function indexed(entries: PainEntry[]) {
  const map = new Map<string, PainEntry[]>();
  for (const e of entries) {
    const d = localDayOf(e.at, e.offsetMin);
    map.set(d, [...(map.get(d) ?? []), e]);
  }
  return (date: string) => map.get(date) ?? [];
}

describe('local days and weeks', () => {
  it('groups by the offset stored with the entry', () => {
    expect(localDayOf('2026-11-23T23:30:00Z', 60)).toBe('2026-11-24');
    expect(localDayOf('2026-11-23T00:30:00Z', -300)).toBe('2026-11-22');
  });
  it('starts the week as the locale says, Monday when unknown', () => {
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('not a locale!')).toBe(1);
    expect(weekStartOf('2026-11-25', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-25', 7)).toBe('2026-11-22');
  });
});

describe('weekly statistics', () => {
  const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const entries = [
    entry({ at: at('2026-11-23'), intensity: 4, regions: [{ region: 'neck', side: 'centre' }], qualities: ['stiffness'], relief: [{ method: 'heat', helpedPercent: 60 }], interference: { work: 5 } }),
    entry({ at: at('2026-11-23', 15), intensity: 6, regions: [{ region: 'neck', side: 'left' }, { region: 'shoulders', side: 'both' }], qualities: ['stiffness', 'sharp'], relief: [{ method: 'heat', helpedPercent: 80 }], interference: { work: 7 } }),
    entry({ at: at('2026-11-25'), intensity: 2, regions: [{ region: 'lowerBack', side: 'centre' }] }),
    // Last week
    entry({ at: at('2026-11-17'), intensity: 7 }),
    entry({ at: at('2026-11-18'), intensity: 7 }),
  ];
  const review = weeklyReview({ weekStart: '2026-11-23', entriesOn: indexed(entries), breaks: [], checklistNo: ['Is the screen at eye height?'] });

  it('counts days and computes daily mean and maximum', () => {
    expect(review.daysLogged).toBe(2);
    expect(review.entryCount).toBe(3);
    expect(review.days[0]).toEqual({ date: '2026-11-23', count: 2, mean: 5, max: 6 });
    expect(review.days[1]).toEqual({ date: '2026-11-24', count: 0, mean: null, max: null });
    expect(review.mean).toBe(4);
  });
  it('compares with last week by the meaningful-change rule', () => {
    expect(review.previousMean).toBe(7);
    expect(review.change).toEqual({ direction: 'better', meaningful: true, points: -3 });
    expect(compareWeeks(5, 5.5)).toEqual({ direction: 'same', meaningful: false, points: -0.5 });
    expect(compareWeeks(4, null)).toBeNull();
  });
  it('summarises regions by frequency and mean, qualities, interference and relief', () => {
    expect(review.regions[0]).toEqual({ region: 'neck', count: 2, mean: 5 });
    expect(review.regions.map((r) => r.region)).toEqual(['neck', 'shoulders', 'lowerBack']);
    expect(review.qualities[0]).toEqual({ quality: 'stiffness', count: 2 });
    expect(review.interference).toEqual([{ area: 'work', mean: 6, days: 2 }]);
    expect(review.relief).toEqual([{ method: 'heat', times: 2, meanHelped: 70 }]);
    expect(review.checklistNo).toEqual(['Is the screen at eye height?']);
  });
});

describe('the adherence association guard', () => {
  const row = (date: string, taken: number, skipped: number, meanPain: number | null) => ({ date, taken, skipped, postponed: 0, meanPain });
  it('needs at least 3 days on each side', () => {
    const rows = [row('a', 5, 1, 2), row('b', 5, 0, 3), row('c', 4, 1, 2), row('d', 1, 4, 5), row('e', 0, 5, 6), row('f', 1, 3, 4)];
    expect(adherenceAssociation(rows)).toEqual({ higherDays: 3, lowerDays: 3, painOnHigher: 2.3, painOnLower: 5 });
    expect(adherenceAssociation(rows.slice(0, 5))).toBeNull();
  });
  it('ignores days without pain logged or without breaks', () => {
    const rows = [row('a', 5, 1, 2), row('b', 5, 0, null), row('c', 0, 0, 2), row('d', 1, 4, 5), row('e', 0, 5, 6), row('f', 1, 3, 4), row('g', 6, 0, 1)];
    expect(adherenceAssociation(rows)).toBeNull();
  });
});
