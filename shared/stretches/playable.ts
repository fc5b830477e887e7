// What the break window and the guide's player play: a routine flattened into timed steps.
export interface PlayableStep {
  exerciseId: string;
  name: string;
  side?: 'left' | 'right';
  /** Seconds per hold; the step holds `reps` times. */
  holdSec: number;
  reps?: number;
  breaths?: number;
  cue: string;
}

export interface PlayableRoutine {
  id: string;
  name: string;
  steps: PlayableStep[];
}
