// Builds or edits a user routine: name, add exercises, reorder with buttons, remove.
import { useId, useState } from 'react';
import type { GuideState } from '../../../../shared/ipc/contracts/guide.ts';
import { exercises, findExercise } from '../../../../shared/stretches/library.ts';
import { durationSec, playableRoutine } from '../../../../shared/stretches/playableFrom.ts';
import { minutesText } from './format.ts';

type UserRoutine = GuideState['userRoutines'][number];

export function RoutineEditor({ routine, onSaved, onCancel }: { routine?: UserRoutine; onSaved(state: GuideState): void; onCancel(): void }) {
  const [name, setName] = useState(routine?.name ?? '');
  const [items, setItems] = useState(routine?.items ?? []);
  const [adding, setAdding] = useState(exercises[0]!.id);
  const [error, setError] = useState<string>();
  const ids = { name: useId(), add: useId(), error: useId() };

  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setItems(next);
  };

  const save = async () => {
    const result = await window.limber.guide.saveRoutine({ ...(routine ? { id: routine.id } : {}), name, items });
    if (result.ok) onSaved(result.value);
    else setError(result.error.issues[0]?.message ?? result.error.message);
  };

  return (
    <form
      className="card routine-editor"
      aria-label={routine ? `Edit routine ${routine.name}` : 'New routine'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{routine ? 'Edit routine' : 'New routine'}</h3>
      <div className="field">
        <label htmlFor={ids.name}>Routine name</label>
        <input
          id={ids.name}
          type="text"
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
        />
      </div>
      <ol className="routine-items" aria-label="Exercises in this routine">
        {items.map((item, i) => {
          const e = findExercise(item.exerciseId);
          const label = e?.name ?? item.exerciseId;
          return (
            <li key={`${item.exerciseId}-${i}`}>
              <span>{label}</span>
              <span className="routine-item-buttons">
                <button type="button" className="button-quiet" aria-label={`Move ${label} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Move ${label} down`}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
                <button type="button" className="button-quiet" aria-label={`Remove ${label}`} onClick={() => setItems(items.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {items.length === 0 && <p className="hint">No exercises yet. Add some below.</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.add}>Exercise to add</label>
          <select id={ids.add} value={adding} onChange={(e) => setAdding(e.target.value)}>
            {exercises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button-quiet" onClick={() => setItems([...items, { exerciseId: adding }])}>
          Add exercise
        </button>
      </div>
      <p className="hint">About {minutesText(durationSec(playableRoutine({ id: 'draft', name, items })))} when played.</p>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit">Save routine</button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
