// The whole exercise library and lookups by id.
import { deskExercises } from './deskExercises.ts';
import { floorExercises } from './floorExercises.ts';
import type { Exercise } from './types.ts';

export const exercises: readonly Exercise[] = [...deskExercises, ...floorExercises];

const byId = new Map(exercises.map((e) => [e.id, e]));

export function findExercise(id: string): Exercise | undefined {
  return byId.get(id);
}

export const exerciseIds: readonly string[] = exercises.map((e) => e.id);
