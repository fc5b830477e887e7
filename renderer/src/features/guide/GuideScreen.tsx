// The stretch guide: routines, the exercise library with filters, a detail view and the player.
import { useEffect, useRef, useState } from 'react';
import { findExercise } from '../../../../shared/stretches/library.ts';
import type { PlayableRoutine } from '../../../../shared/stretches/playable.ts';
import { playableExercise } from '../../../../shared/stretches/playableFrom.ts';
import { Toggle } from '../../ui/Toggle.tsx';
import { ExerciseBrowser } from './ExerciseBrowser.tsx';
import { ExerciseDetail } from './ExerciseDetail.tsx';
import { RoutinePlayer } from './player/RoutinePlayer.tsx';
import { RoutineList } from './RoutineList.tsx';
import { useGuideState } from './useGuideState.ts';
import './guide.css';

type View = { kind: 'browse' } | { kind: 'detail'; id: string } | { kind: 'play'; routine: PlayableRoutine; from: View; finished?: boolean };

export function GuideScreen() {
  const [state, setState] = useGuideState();
  const [view, setView] = useState<View>({ kind: 'browse' });
  const heading = useRef<HTMLHeadingElement>(null);
  const firstView = useRef(true);
  // Move focus to the heading when the view changes; the player takes focus itself.
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    if (view.kind !== 'play') heading.current?.focus();
  }, [view]);

  if (!state) return null;
  const favourite = async (exerciseId: string, next: boolean) => {
    const r = await window.limber.guide.setFavourite({ exerciseId, favourite: next });
    if (r.ok) setState(r.value);
  };

  let body;
  if (view.kind === 'play') {
    body = view.finished ? (
      <div className="card player-finished">
        <p className="lead">You finished {view.routine.name}. Nice work.</p>
        <button type="button" onClick={() => setView(view.from)}>
          Back to the guide
        </button>
      </div>
    ) : (
      <RoutinePlayer
        routine={view.routine}
        sound={state.sound}
        onFinish={() => setView({ ...view, finished: true })}
        onExit={() => setView(view.from)}
      />
    );
  } else if (view.kind === 'detail' && findExercise(view.id)) {
    const exercise = findExercise(view.id)!;
    body = (
      <ExerciseDetail
        exercise={exercise}
        favourite={state.favourites.includes(exercise.id)}
        onBack={() => setView({ kind: 'browse' })}
        onPlay={() => setView({ kind: 'play', routine: playableExercise(exercise), from: view })}
        onFavourite={(next) => void favourite(exercise.id, next)}
      />
    );
  } else {
    body = (
      <>
        <RoutineList state={state} onState={setState} onPlay={(routine) => setView({ kind: 'play', routine, from: view })} />
        <ExerciseBrowser favourites={state.favourites} onOpen={(id) => setView({ kind: 'detail', id })} onFavourite={(id, next) => void favourite(id, next)} />
      </>
    );
  }

  return (
    <section className="screen guide" aria-labelledby="screen-title">
      <div className="guide-head">
        <h1 id="screen-title" ref={heading} tabIndex={-1}>
          {view.kind === 'play' ? view.routine.name : 'Stretch guide'}
        </h1>
        <Toggle
          label="Soft sound at each step"
          checked={state.sound}
          onChange={async (on) => {
            const r = await window.limber.guide.setSound({ on });
            if (r.ok) setState(r.value);
            return r.ok;
          }}
        />
      </div>
      <p className="hint guide-disclaimer">
        Move gently and stop any exercise that brings pain, numbness or tingling. General guidance only, not a diagnosis.
      </p>
      {body}
    </section>
  );
}
