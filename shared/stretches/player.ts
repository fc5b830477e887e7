// The routine player as a pure state machine: events in, state out. The renderer feeds it a tick
// each second and the user's keys; tests drive it in Node.
import type { PlayableRoutine, PlayableStep } from './playable.ts';
import { prepareSec } from './playableFrom.ts';

export type PlayerPhase = 'prepare' | 'hold' | 'done';

export interface PlayerState {
  steps: readonly PlayableStep[];
  index: number;
  /** 1-based repetition within the current step. */
  rep: number;
  phase: PlayerPhase;
  remainingSec: number;
  paused: boolean;
}

export type PlayerEvent =
  | { type: 'tick' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' };

export function startPlayer(routine: PlayableRoutine, options: { paused?: boolean } = {}): PlayerState {
  const state = atStep(routine.steps, 0);
  return { ...state, paused: options.paused ?? false };
}

function atStep(steps: readonly PlayableStep[], index: number, paused = false): PlayerState {
  if (index >= steps.length) return { steps, index: steps.length, rep: 1, phase: 'done', remainingSec: 0, paused: false };
  return { steps, index, rep: 1, phase: 'prepare', remainingSec: prepareSec, paused };
}

export function playerReducer(state: PlayerState, event: PlayerEvent): PlayerState {
  if (state.phase === 'done') return state;
  switch (event.type) {
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'resume':
      return state.paused ? { ...state, paused: false } : state;
    case 'toggle':
      return { ...state, paused: !state.paused };
    case 'next':
      return atStep(state.steps, state.index + 1, state.paused);
    case 'back':
      return atStep(state.steps, Math.max(0, state.index - 1), state.paused);
    case 'tick':
      return state.paused ? state : tick(state);
  }
}

function tick(state: PlayerState): PlayerState {
  if (state.remainingSec > 1) return { ...state, remainingSec: state.remainingSec - 1 };
  const step = state.steps[state.index]!;
  if (state.phase === 'prepare') return { ...state, phase: 'hold', remainingSec: step.holdSec };
  if (state.rep < (step.reps ?? 1)) return { ...state, rep: state.rep + 1, remainingSec: step.holdSec };
  return atStep(state.steps, state.index + 1);
}

export function currentStep(state: PlayerState): PlayableStep | undefined {
  return state.steps[state.index];
}

export function upNext(state: PlayerState): PlayableStep | undefined {
  return state.steps[state.index + 1];
}
