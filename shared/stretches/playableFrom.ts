// Flattens exercises and routines into playable steps, and times them the way the player does.
import { findExercise } from './library.ts';
import type { PlayableRoutine, PlayableStep } from './playable.ts';
import type { Exercise, RoutineItem } from './types.ts';

/** Seconds the player gives to get into position before each step. */
export const prepareSec = 3;

export function stepsFor(exercise: Exercise, reps = exercise.reps): PlayableStep[] {
  const base = {
    exerciseId: exercise.id,
    name: exercise.name,
    holdSec: exercise.holdSec,
    cue: exercise.cue,
    ...(reps > 1 ? { reps } : {}),
    ...(exercise.breaths !== undefined ? { breaths: exercise.breaths } : {}),
  };
  return exercise.sides === 'each' ? [{ ...base, side: 'left' }, { ...base, side: 'right' }] : [base];
}

export function stepsForItems(items: readonly RoutineItem[]): PlayableStep[] {
  return items.flatMap((item) => {
    const exercise = findExercise(item.exerciseId);
    return exercise ? stepsFor(exercise, Math.min(item.reps ?? exercise.reps, exercise.reps)) : [];
  });
}

export function playableExercise(exercise: Exercise): PlayableRoutine {
  return { id: `exercise:${exercise.id}`, name: exercise.name, steps: stepsFor(exercise) };
}

export function playableRoutine(routine: { id: string; name: string; items: readonly RoutineItem[] }): PlayableRoutine {
  return { id: routine.id, name: routine.name, steps: stepsForItems(routine.items) };
}

export function stepSeconds(step: PlayableStep): number {
  return prepareSec + step.holdSec * (step.reps ?? 1);
}

/** Total playing time, as the player counts it. */
export function durationSec(routine: PlayableRoutine): number {
  return routine.steps.reduce((sum, step) => sum + stepSeconds(step), 0);
}
