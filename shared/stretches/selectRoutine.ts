// Picks what a break plays. Pure, so the break engine can call it and tests can pin it down.
// Posture checks get one desk exercise; stretch breaks rotate the desk routines (and the user's own)
// that fit the break, preferring the regions the user logged pain in this week.
import type { BodyRegion } from '../body/regions.ts';
import { exercises, findExercise } from './library.ts';
import type { PlayableRoutine, PlayableStep } from './playable.ts';
import { durationSec, playableExercise, playableRoutine } from './playableFrom.ts';
import { routines } from './routines.ts';
import type { UserRoutine } from './types.ts';

export interface BreakRoutineInput {
  kind: 'micro' | 'stretch';
  durationSec: number;
  /** How many breaks of this kind came before, for rotation. */
  breakIndex: number;
  painRegionsThisWeek: readonly BodyRegion[];
  userRoutines?: readonly UserRoutine[];
}

/** A routine may run this much over the break's length. */
const overrun = 1.15;
/** A stretch break should be filled at least this much before shorter routines are used. */
const minFill = 0.6;

export function selectBreakRoutine(input: BreakRoutineInput): PlayableRoutine {
  const pain = new Set(input.painRegionsThisWeek);
  const index = Math.max(0, Math.floor(input.breakIndex));
  if (input.kind === 'micro') return pickMicro(input.durationSec, pain, index);
  return pickStretch(input, pain, index);
}

function pickMicro(seconds: number, pain: ReadonlySet<BodyRegion>, index: number): PlayableRoutine {
  const desk = exercises.filter((e) => e.suits.includes('micro') && e.position !== 'floor').map(playableExercise);
  const fitting = desk.filter((r) => durationSec(r) <= seconds * overrun);
  const pool = fitting.length > 0 ? fitting : [shortest(desk)];
  return rotate(preferPain(pool, pain), index);
}

function pickStretch(input: BreakRoutineInput, pain: ReadonlySet<BodyRegion>, index: number): PlayableRoutine {
  const all = [...routines.filter((r) => r.setting === 'desk'), ...(input.userRoutines ?? [])]
    .map(playableRoutine)
    .filter((r) => r.steps.length > 0);
  const max = input.durationSec * overrun;
  const fitting = all.filter((r) => durationSec(r) <= max && durationSec(r) >= input.durationSec * minFill);
  let pool = fitting;
  if (pool.length === 0) {
    const shorter = all.filter((r) => durationSec(r) <= max).sort((a, b) => durationSec(b) - durationSec(a));
    pool = shorter.length > 0 ? [shorter[0]!] : [shortest(all)];
  }
  return rotate(preferPain(pool, pain), index);
}

/** Keeps the routines that work the painful regions best (at least half as well as the best one). */
function preferPain(pool: PlayableRoutine[], pain: ReadonlySet<BodyRegion>): PlayableRoutine[] {
  if (pain.size === 0) return pool;
  const scored = pool.map((r) => ({ r, score: r.steps.filter((s) => worksPain(s, pain)).length }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best === 0) return pool;
  return scored.filter((s) => s.score * 2 >= best).map((s) => s.r);
}

function worksPain(step: PlayableStep, pain: ReadonlySet<BodyRegion>): boolean {
  return findExercise(step.exerciseId)?.targets.some((t) => pain.has(t)) ?? false;
}

function rotate(pool: PlayableRoutine[], index: number): PlayableRoutine {
  return pool[index % pool.length]!;
}

function shortest(pool: PlayableRoutine[]): PlayableRoutine {
  return pool.reduce((a, b) => (durationSec(b) < durationSec(a) ? b : a));
}
