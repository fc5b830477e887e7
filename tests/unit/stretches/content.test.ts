import { describe, expect, it } from 'vitest';
import { exercises, findExercise } from '../../../shared/stretches/library.ts';
import { durationSec, playableRoutine } from '../../../shared/stretches/playableFrom.ts';
import { routines } from '../../../shared/stretches/routines.ts';
import { ExerciseSchema, RoutineSchema } from '../../../shared/stretches/schema.ts';

describe('stretch library content', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s validates and has steps, a dose, a caution and a source', (_id, e) => {
    const parsed = ExerciseSchema.safeParse(e);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(e.steps.length).toBeGreaterThan(0);
    expect(e.holdSec * e.reps).toBeGreaterThan(0);
    expect(e.cautions.some((c) => c.startsWith('Stop'))).toBe(true);
    expect(e.sources.length).toBeGreaterThan(0);
  });

  it('has at least 14 desk and 9 floor exercises with unique ids', () => {
    expect(exercises.filter((e) => e.position !== 'floor').length).toBeGreaterThanOrEqual(14);
    expect(exercises.filter((e) => e.position === 'floor').length).toBeGreaterThanOrEqual(9);
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
  });

  it('marks superman and the plank as strengthening and says they are not for acute pain', () => {
    for (const id of ['superman', 'forearm-plank']) {
      const e = findExercise(id)!;
      expect(e.intensity).toBe('strengthening');
      expect(e.cautions.join(' ')).toMatch(/acute/);
    }
  });

  it('carries nothing the seeds README rules out', () => {
    const text = JSON.stringify([exercises, routines]).toLowerCase();
    for (const banned of ['selenite', 'tomato', 'trazodone', 'celecoxib', 'loxoprofen', 'mecobalamin', 'consultation', 'stem cell']) {
      expect(text).not.toContain(banned);
    }
  });

  it('includes the routines the issue names', () => {
    expect(routines.map((r) => r.id)).toEqual(
      expect.arrayContaining(['posture-reset-1', 'neck-shoulders-2', 'desk-break-5', 'lower-back-desk-5', 'evening-floor-10']),
    );
    expect(new Set(routines.map((r) => r.id)).size).toBe(routines.length);
  });

  it.each(routines.map((r) => [r.id, r] as const))('routine %s validates, uses existing exercises and lasts its stated length within 15%%', (_id, r) => {
    expect(RoutineSchema.safeParse(r).success).toBe(true);
    for (const item of r.items) expect(findExercise(item.exerciseId), item.exerciseId).toBeDefined();
    expect(r.sources.length).toBeGreaterThan(0);
    const seconds = durationSec(playableRoutine(r));
    expect(Math.abs(seconds - r.statedMinutes * 60)).toBeLessThanOrEqual(r.statedMinutes * 60 * 0.15);
  });

  it('keeps desk routines free of floor exercises', () => {
    for (const r of routines.filter((x) => x.setting === 'desk')) {
      for (const item of r.items) expect(findExercise(item.exerciseId)!.position, `${r.id}/${item.exerciseId}`).not.toBe('floor');
    }
  });
});
