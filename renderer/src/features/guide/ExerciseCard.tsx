import type { Exercise } from '../../../../shared/stretches/types.ts';
import { ExerciseFigure } from './figure/ExerciseFigure.tsx';
import { doseText, positionLabels, targetsText } from './format.ts';

export function ExerciseCard({
  exercise,
  favourite,
  onOpen,
  onFavourite,
}: {
  exercise: Exercise;
  favourite: boolean;
  onOpen(): void;
  onFavourite(next: boolean): void;
}) {
  return (
    <li className="exercise-card" data-testid="exercise-card" data-targets={exercise.targets.join(' ')}>
      <div className="exercise-card-figure">
        <ExerciseFigure exerciseId={exercise.id} />
      </div>
      <div className="exercise-card-body">
        <h3>
          <button type="button" className="link-button" onClick={onOpen}>
            {exercise.name}
          </button>
        </h3>
        <p className="exercise-meta">
          {positionLabels[exercise.position]} · {targetsText(exercise)}
        </p>
        <p className="exercise-meta">{doseText(exercise)}</p>
        {exercise.intensity === 'strengthening' && <p className="tag">Strengthening</p>}
      </div>
      <button
        type="button"
        className="favourite-button"
        aria-pressed={favourite}
        aria-label={`Favourite: ${exercise.name}`}
        onClick={() => onFavourite(!favourite)}
      >
        <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
      </button>
    </li>
  );
}
