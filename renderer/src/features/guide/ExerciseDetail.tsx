import type { Exercise } from '../../../../shared/stretches/types.ts';
import { ExerciseFigure } from './figure/ExerciseFigure.tsx';
import { doseText, positionLabels, suitsLabels, targetsText } from './format.ts';

export function ExerciseDetail({
  exercise,
  favourite,
  onBack,
  onPlay,
  onFavourite,
}: {
  exercise: Exercise;
  favourite: boolean;
  onBack(): void;
  onPlay(): void;
  onFavourite(next: boolean): void;
}) {
  return (
    <article className="exercise-detail" aria-labelledby="exercise-title">
      <button type="button" className="button-quiet" onClick={onBack}>
        ← All exercises
      </button>
      <div className="exercise-detail-head">
        <div className="exercise-detail-figure">
          <ExerciseFigure exerciseId={exercise.id} size={220} />
        </div>
        <div>
          <h2 id="exercise-title">{exercise.name}</h2>
          <dl className="facts">
            <dt>Works</dt>
            <dd>{targetsText(exercise)}</dd>
            <dt>Position</dt>
            <dd>{positionLabels[exercise.position]}</dd>
            <dt>Dose</dt>
            <dd>{doseText(exercise)}</dd>
            <dt>Suits</dt>
            <dd>{exercise.suits.map((b) => suitsLabels[b]).join(', ')}</dd>
            <dt>Kind</dt>
            <dd>{exercise.intensity === 'gentle' ? 'Gentle stretch or mobility' : 'Strengthening (not during a flare-up)'}</dd>
          </dl>
          <div className="button-row">
            <button type="button" onClick={onPlay}>
              Play this exercise
            </button>
            <button type="button" className="button-quiet" aria-pressed={favourite} onClick={() => onFavourite(!favourite)}>
              {favourite ? '★ In favourites' : '☆ Add to favourites'}
            </button>
          </div>
        </div>
      </div>
      <div className="card">
        <h3>How to do it</h3>
        <ol className="steps">
          {exercise.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </div>
      <div className="card cautions" role="note" aria-label="Cautions">
        <h3>Take care</h3>
        <ul>
          {exercise.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      <div className="card">
        <h3>Sources</h3>
        <ul className="sources">
          {exercise.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="hint">General guidance, not a diagnosis or a treatment plan.</p>
      </div>
    </article>
  );
}
