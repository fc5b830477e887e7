import { useState } from 'react';
import type { GuideState } from '../../../../shared/ipc/contracts/guide.ts';
import type { PlayableRoutine } from '../../../../shared/stretches/playable.ts';
import { durationSec, playableRoutine } from '../../../../shared/stretches/playableFrom.ts';
import { routines } from '../../../../shared/stretches/routines.ts';
import { minutesText } from './format.ts';
import { RoutineEditor } from './RoutineEditor.tsx';

type UserRoutine = GuideState['userRoutines'][number];

const favouritesRoutine = (ids: readonly string[]) =>
  playableRoutine({ id: 'favourites', name: 'Your favourites', items: ids.map((exerciseId) => ({ exerciseId })) });

export function RoutineList({ state, onState, onPlay }: { state: GuideState; onState(s: GuideState): void; onPlay(r: PlayableRoutine): void }) {
  const [editing, setEditing] = useState<UserRoutine | 'new'>();
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const remove = async (id: string) => {
    const r = await window.limber.guide.deleteRoutine({ id });
    setConfirmDelete(undefined);
    if (r.ok) onState(r.value);
  };
  return (
    <section aria-labelledby="routines-title" className="guide-routines">
      <h2 id="routines-title">Routines</h2>
      <ul className="routine-list">
        {routines.map((r) => (
          <li key={r.id} className="routine-row">
            <div>
              <h3>{r.name}</h3>
              <p className="hint">
                {r.description} {r.setting === 'floor' ? 'Needs a mat or carpet.' : 'At your desk.'}
              </p>
              <details className="routine-sources">
                <summary>Sources</summary>
                {r.sources.join('; ')}
              </details>
            </div>
            <button type="button" onClick={() => onPlay(playableRoutine(r))} aria-label={`Play ${r.name}`}>
              Play
            </button>
          </li>
        ))}
      </ul>
      <h2 id="user-routines-title">Your routines</h2>
      {state.userRoutines.length === 0 && !editing && (
        <p className="hint">Build your own sequence from any of the exercises below, or star exercises to play them as your favourites.</p>
      )}
      <ul className="routine-list" aria-labelledby="user-routines-title">
        {state.favourites.length > 0 && (
          <li className="routine-row">
            <div>
              <h3>Your favourites</h3>
              <p className="hint">
                {state.favourites.length} {state.favourites.length === 1 ? 'exercise' : 'exercises'} · about{' '}
                {minutesText(durationSec(favouritesRoutine(state.favourites)))}
              </p>
            </div>
            <button type="button" onClick={() => onPlay(favouritesRoutine(state.favourites))} aria-label="Play your favourites">
              Play
            </button>
          </li>
        )}
        {state.userRoutines.map((r) => (
          <li key={r.id} className="routine-row" data-testid="user-routine">
            <div>
              <h3>{r.name}</h3>
              <p className="hint">
                {r.items.length} exercises · about {minutesText(durationSec(playableRoutine(r)))}
              </p>
            </div>
            <div className="button-row">
              <button type="button" onClick={() => onPlay(playableRoutine(r))} aria-label={`Play ${r.name}`}>
                Play
              </button>
              <button type="button" className="button-quiet" onClick={() => setEditing(r)} aria-label={`Edit ${r.name}`}>
                Edit
              </button>
              {confirmDelete === r.id ? (
                <>
                  <button type="button" onClick={() => void remove(r.id)}>
                    Yes, delete
                  </button>
                  <button type="button" className="button-quiet" onClick={() => setConfirmDelete(undefined)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" className="button-quiet" onClick={() => setConfirmDelete(r.id)} aria-label={`Delete ${r.name}`}>
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <RoutineEditor
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { routine: editing })}
          onCancel={() => setEditing(undefined)}
          onSaved={(s) => {
            onState(s);
            setEditing(undefined);
          }}
        />
      ) : (
        <button type="button" className="button-quiet" onClick={() => setEditing('new')}>
          New routine…
        </button>
      )}
    </section>
  );
}
