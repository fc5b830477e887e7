import { describe, expect, it } from 'vitest';
import type { PlayableRoutine } from '../../../shared/stretches/playable.ts';
import { durationSec, playableRoutine, prepareSec } from '../../../shared/stretches/playableFrom.ts';
import { routines } from '../../../shared/stretches/routines.ts';
import { currentStep, playerReducer, startPlayer, upNext, type PlayerEvent, type PlayerState } from '../../../shared/stretches/player.ts';

const routine: PlayableRoutine = {
  id: 'r',
  name: 'Test',
  steps: [
    { exerciseId: 'chin-tuck', name: 'Chin tuck', holdSec: 2, reps: 2, cue: 'back' },
    { exerciseId: 'side-neck-stretch', name: 'Side neck', side: 'left', holdSec: 3, cue: 'tip' },
    { exerciseId: 'side-neck-stretch', name: 'Side neck', side: 'right', holdSec: 3, cue: 'tip' },
  ],
};

const run = (s: PlayerState, ...events: PlayerEvent[]) => events.reduce(playerReducer, s);
const ticks = (n: number): PlayerEvent[] => Array.from({ length: n }, () => ({ type: 'tick' }));

describe('routine player', () => {
  it('prepares, holds each repetition, then moves to the next step', () => {
    let s = startPlayer(routine);
    expect(s).toMatchObject({ index: 0, phase: 'prepare', remainingSec: prepareSec, rep: 1 });
    s = run(s, ...ticks(prepareSec));
    expect(s).toMatchObject({ index: 0, phase: 'hold', remainingSec: 2, rep: 1 });
    s = run(s, ...ticks(2));
    expect(s).toMatchObject({ index: 0, phase: 'hold', remainingSec: 2, rep: 2 });
    s = run(s, ...ticks(2));
    expect(s).toMatchObject({ index: 1, phase: 'prepare' });
    expect(currentStep(s)?.side).toBe('left');
    expect(upNext(s)?.side).toBe('right');
  });

  it('finishes after exactly the routine duration in ticks', () => {
    const total = durationSec(routine);
    expect(run(startPlayer(routine), ...ticks(total - 1)).phase).not.toBe('done');
    expect(run(startPlayer(routine), ...ticks(total)).phase).toBe('done');
  });

  it('holds still while paused and carries on after resume', () => {
    const s = run(startPlayer(routine), { type: 'tick' }, { type: 'pause' }, ...ticks(20));
    expect(s).toMatchObject({ paused: true, index: 0, phase: 'prepare', remainingSec: prepareSec - 1 });
    expect(run(s, { type: 'resume' }, { type: 'tick' })).toMatchObject({ paused: false, remainingSec: prepareSec - 2 });
    expect(run(s, { type: 'toggle' }).paused).toBe(false);
  });

  it('steps forward and back, and next on the last step ends the routine', () => {
    let s = run(startPlayer(routine), { type: 'next' }, { type: 'next' });
    expect(s.index).toBe(2);
    s = run(s, { type: 'back' });
    expect(s).toMatchObject({ index: 1, phase: 'prepare' });
    expect(run(startPlayer(routine), { type: 'back' }).index).toBe(0);
    expect(run(s, { type: 'next' }, { type: 'next' }).phase).toBe('done');
  });

  it('is done at once for an empty routine and ignores events after the end', () => {
    const s = startPlayer({ id: 'e', name: 'Empty', steps: [] });
    expect(s.phase).toBe('done');
    expect(run(s, { type: 'back' }, { type: 'tick' })).toBe(s);
  });
});

describe('built-in routines in the player', () => {
  it.each(routines.map((r) => [r.id, r] as const))('%s ends after exactly its computed duration', (_id, r) => {
    const playable = playableRoutine(r);
    let s = startPlayer(playable);
    let ticks = 0;
    while (s.phase !== 'done' && ticks < 10_000) {
      s = playerReducer(s, { type: 'tick' });
      ticks++;
    }
    expect(ticks).toBe(durationSec(playable));
  });
});
