import { describe, expect, it } from 'vitest';
import { findExercise } from '../../../shared/stretches/library.ts';
import { durationSec } from '../../../shared/stretches/playableFrom.ts';
import { selectBreakRoutine } from '../../../shared/stretches/selectRoutine.ts';

const base = { painRegionsThisWeek: [] as const };

describe('selectBreakRoutine', () => {
  it('gives a posture check one desk exercise that fits the break', () => {
    for (let i = 0; i < 10; i++) {
      const r = selectBreakRoutine({ ...base, kind: 'micro', durationSec: 30, breakIndex: i });
      expect(new Set(r.steps.map((s) => s.exerciseId)).size).toBe(1);
      expect(findExercise(r.steps[0]!.exerciseId)!.position).not.toBe('floor');
      expect(durationSec(r)).toBeLessThanOrEqual(30 * 1.15);
    }
  });

  it('rotates posture checks and stretch breaks by break index', () => {
    const micro = new Set(Array.from({ length: 6 }, (_, i) => selectBreakRoutine({ ...base, kind: 'micro', durationSec: 30, breakIndex: i }).id));
    expect(micro.size).toBeGreaterThan(1);
    const stretch = [0, 1, 2, 3].map((i) => selectBreakRoutine({ ...base, kind: 'stretch', durationSec: 300, breakIndex: i }).id);
    expect(new Set(stretch).size).toBeGreaterThan(1);
    expect(stretch[0]).toBe(stretch[2]);
  });

  it('fills a 5-minute stretch break with a desk routine of about that length', () => {
    const r = selectBreakRoutine({ ...base, kind: 'stretch', durationSec: 300, breakIndex: 0 });
    expect(durationSec(r)).toBeGreaterThanOrEqual(180);
    expect(durationSec(r)).toBeLessThanOrEqual(345);
    for (const s of r.steps) expect(findExercise(s.exerciseId)!.position).not.toBe('floor');
  });

  it('prefers the regions logged in pain this week', () => {
    for (let i = 0; i < 4; i++) {
      const r = selectBreakRoutine({ kind: 'stretch', durationSec: 300, breakIndex: i, painRegionsThisWeek: ['lowerBack'] });
      expect(r.id).toBe('lower-back-desk-5');
      const neck = selectBreakRoutine({ kind: 'micro', durationSec: 30, breakIndex: i, painRegionsThisWeek: ['neck'] });
      expect(findExercise(neck.steps[0]!.exerciseId)!.targets).toContain('neck');
    }
  });

  it('takes user routines into the rotation when they fit', () => {
    const mine = { id: 'user-mine', name: 'Mine', items: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'neck-rotation' }, { exerciseId: 'side-neck-stretch' }, { exerciseId: 'shoulder-rolls' }] };
    const ids = [0, 1, 2, 3, 4, 5].map((i) => selectBreakRoutine({ ...base, kind: 'stretch', durationSec: 120, breakIndex: i, userRoutines: [mine] }).id);
    expect(ids).toContain('user-mine');
    expect(ids).toContain('neck-shoulders-2');
  });

  it('falls back to the shortest routine when nothing fits a very short break', () => {
    const r = selectBreakRoutine({ ...base, kind: 'stretch', durationSec: 20, breakIndex: 3 });
    expect(r.steps.length).toBeGreaterThan(0);
    expect(r.id).toBe('posture-reset-1');
  });
});
