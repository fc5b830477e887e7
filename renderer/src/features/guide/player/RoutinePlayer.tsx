// Plays a routine: get-ready and hold countdowns, repetitions, sides and what comes next.
// Self-contained so the break window can use it. Keys: Space pauses or resumes, the arrows go to
// the previous or next step, Esc leaves.
import { useEffect, useReducer, useRef, type KeyboardEvent } from 'react';
import type { PlayableRoutine } from '../../../../../shared/stretches/playable.ts';
import { findExercise } from '../../../../../shared/stretches/library.ts';
import { currentStep, playerReducer, startPlayer, upNext } from '../../../../../shared/stretches/player.ts';
import { ExerciseFigure } from '../figure/ExerciseFigure.tsx';
import { softChime } from './softChime.ts';
import '../guide.css';

export interface RoutinePlayerProps {
  routine: PlayableRoutine;
  onFinish(): void;
  /** Esc and the Exit button; defaults to onFinish. */
  onExit?(): void;
  autoStart?: boolean;
  compact?: boolean;
  /** A soft tone at each step change (off unless the user turned it on). */
  sound?: boolean;
}

const sideLabel = { left: 'Left side', right: 'Right side' } as const;

/** A new routine starts a fresh player, so a window that stays open between breaks never resumes an old one. */
export function RoutinePlayer(props: RoutinePlayerProps) {
  return <Player key={`${props.routine.id}:${props.routine.steps.length}`} {...props} />;
}

function Player({ routine, onFinish, onExit, autoStart = true, compact = false, sound = false }: RoutinePlayerProps) {
  const [state, dispatch] = useReducer(playerReducer, routine, (r) => startPlayer(r, { paused: !autoStart }));
  const root = useRef<HTMLDivElement>(null);
  const finished = useRef(false);
  const done = state.phase === 'done';
  const step = currentStep(state);
  const next = upNext(state);

  useEffect(() => root.current?.focus(), []);

  useEffect(() => {
    if (state.paused || done) return;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => window.clearInterval(timer);
  }, [state.paused, done]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (sound) softChime();
  }, [state.index, sound]);

  useEffect(() => {
    if (done && !finished.current) {
      finished.current = true;
      onFinish();
    }
  }, [done, onFinish]);

  const exit = () => (onExit ?? onFinish)();

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const onButton = e.target instanceof HTMLButtonElement;
    if (e.key === ' ' && !onButton) dispatch({ type: 'toggle' });
    else if (e.key === 'ArrowRight') dispatch({ type: 'next' });
    else if (e.key === 'ArrowLeft') dispatch({ type: 'back' });
    else if (e.key === 'Escape') exit();
    else return;
    e.preventDefault();
  }

  const total = routine.steps.length;
  const steps = (step && findExercise(step.exerciseId)?.steps) ?? [];
  const reps = step?.reps ?? 1;
  return (
    <div
      ref={root}
      className={`player${compact ? ' player-compact' : ''}${state.paused ? ' player-paused' : ''}`}
      tabIndex={-1}
      role="region"
      aria-label={`Player: ${routine.name}`}
      aria-roledescription="routine player"
      onKeyDown={onKeyDown}
    >
      {done || !step ? (
        <div className="player-done">
          <p className="player-step-name" aria-live="polite">
            Routine complete. Well done.
          </p>
        </div>
      ) : (
        <>
          <div className="player-top">
            <p className="player-progress">
              Step {state.index + 1} of {total}
            </p>
            <progress className="player-bar" max={total} value={state.index} aria-label="Routine progress" />
          </div>
          <div className="player-main">
            <div className={`player-figure${state.phase === 'hold' && !state.paused ? ' player-figure-hold' : ''}`}>
              <ExerciseFigure exerciseId={step.exerciseId} size={compact ? 140 : 200} mirrored={step.side === 'right'} />
            </div>
            <div className="player-info">
              <h2 className="player-step-name" aria-live="polite">
                {step.name}
                {step.side && <span className="player-side"> · {sideLabel[step.side]}</span>}
              </h2>
              <p className="player-cue">{step.cue}</p>
              <p className="player-phase">
                {state.paused ? 'Paused' : state.phase === 'prepare' ? 'Get ready' : 'Hold'}
                {state.phase === 'hold' && reps > 1 && ` · rep ${state.rep} of ${reps}`}
                {step.breaths !== undefined && ` · about ${step.breaths} slow breaths`}
              </p>
              <p className="player-count" aria-label={`${state.remainingSec} seconds left`}>
                {state.remainingSec}
                <span className="player-unit" aria-hidden="true">
                  s
                </span>
              </p>
              {!compact && steps.length > 0 && (
                <details className="player-how">
                  <summary>How to do it</summary>
                  <ol>
                    {steps.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ol>
                </details>
              )}
              <p className="player-next">{next ? `Next up: ${next.name}${next.side ? ` (${next.side})` : ''}` : 'Last step'}</p>
            </div>
          </div>
          <div className="player-controls">
            <button type="button" className="button-quiet" onClick={() => dispatch({ type: 'back' })} disabled={state.index === 0}>
              Previous
            </button>
            <button type="button" onClick={() => dispatch({ type: 'toggle' })}>
              {state.paused ? (state.index === 0 && state.phase === 'prepare' && !autoStart ? 'Start' : 'Resume') : 'Pause'}
            </button>
            <button type="button" className="button-quiet" onClick={() => dispatch({ type: 'next' })}>
              {next ? 'Next' : 'Finish'}
            </button>
            <button type="button" className="button-quiet" onClick={exit}>
              Exit
            </button>
          </div>
          <p className="hint player-keys">Space pauses or resumes · ← → previous or next step · Esc leaves</p>
        </>
      )}
    </div>
  );
}
