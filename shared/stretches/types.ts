// The stretch library's data types. Plain TypeScript (no zod) so the renderer can import the
// content without bundling schemas; schema.ts validates the same shapes in tests and main.
import type { BodyRegion } from '../body/regions.ts';

export const positions = ['seated', 'standing', 'floor'] as const;
export type Position = (typeof positions)[number];

/** Which breaks an exercise suits: a 30 s posture check, a desk stretch break, a floor session. */
export const breakFits = ['micro', 'stretch', 'floor'] as const;
export type BreakFit = (typeof breakFits)[number];

export const intensities = ['gentle', 'strengthening'] as const;
export type Intensity = (typeof intensities)[number];

/** `each`: done on the left, then the right. `none`: both sides at once or the body's centre. */
export const sideModes = ['each', 'none'] as const;
export type SideMode = (typeof sideModes)[number];

export interface Exercise {
  id: string;
  name: string;
  targets: readonly BodyRegion[];
  position: Position;
  /** One short line for the player and the break window. */
  cue: string;
  steps: readonly string[];
  /** Seconds per hold (or per slow movement). */
  holdSec: number;
  /** Repetitions per side. */
  reps: number;
  /** When the dose is counted in breaths rather than seconds. */
  breaths?: number;
  sides: SideMode;
  /** "Stop if ..." lines. */
  cautions: readonly string[];
  suits: readonly BreakFit[];
  intensity: Intensity;
  sources: readonly string[];
  /** Describes the illustration for screen readers. */
  alt: string;
}

export interface RoutineItem {
  exerciseId: string;
  /** Overrides the exercise's repetitions (never more than it suggests). */
  reps?: number;
}

export interface Routine {
  id: string;
  name: string;
  description: string;
  /** The length the routine is sold as; the content test holds it to within 15 %. */
  statedMinutes: number;
  setting: 'desk' | 'floor';
  items: readonly RoutineItem[];
  /** Where the routine's length and make-up come from; each exercise keeps its own sources too. */
  sources: readonly string[];
}

/** A routine the user built; stored in main, same item shape as the built-in ones. */
export interface UserRoutine {
  id: string;
  name: string;
  items: readonly RoutineItem[];
}
