import { useId, useState } from 'react';
import { bodyRegionLabels, bodyRegions, type BodyRegion } from '../../../../shared/body/regions.ts';
import { exercises } from '../../../../shared/stretches/library.ts';
import { positions, type Exercise, type Position } from '../../../../shared/stretches/types.ts';
import { ExerciseCard } from './ExerciseCard.tsx';
import { positionLabels } from './format.ts';

const usedRegions = bodyRegions.filter((r) => exercises.some((e) => e.targets.includes(r)));

export function filterExercises(
  list: readonly Exercise[],
  f: { area: BodyRegion | ''; position: Position | ''; query: string; favouritesOnly: boolean; favourites: readonly string[] },
): Exercise[] {
  const q = f.query.trim().toLowerCase();
  return list.filter(
    (e) =>
      (f.area === '' || e.targets.includes(f.area)) &&
      (f.position === '' || e.position === f.position) &&
      (q === '' || e.name.toLowerCase().includes(q)) &&
      (!f.favouritesOnly || f.favourites.includes(e.id)),
  );
}

export function ExerciseBrowser({
  favourites,
  onOpen,
  onFavourite,
}: {
  favourites: readonly string[];
  onOpen(id: string): void;
  onFavourite(id: string, next: boolean): void;
}) {
  const [area, setArea] = useState<BodyRegion | ''>('');
  const [position, setPosition] = useState<Position | ''>('');
  const [query, setQuery] = useState('');
  const [favouritesOnly, setFavouritesOnly] = useState(false);
  const ids = { area: useId(), position: useId(), query: useId(), fav: useId() };
  const shown = filterExercises(exercises, { area, position, query, favouritesOnly, favourites });
  return (
    <section aria-labelledby="exercises-title">
      <h2 id="exercises-title">Exercises</h2>
      <div className="guide-filters" role="search" aria-label="Filter exercises">
        <div className="field">
          <label htmlFor={ids.query}>Search by name</label>
          <input id={ids.query} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.area}>Body area</label>
          <select id={ids.area} value={area} onChange={(e) => setArea(e.target.value as BodyRegion | '')}>
            <option value="">All areas</option>
            {usedRegions.map((r) => (
              <option key={r} value={r}>
                {bodyRegionLabels[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.position}>Position</label>
          <select id={ids.position} value={position} onChange={(e) => setPosition(e.target.value as Position | '')}>
            <option value="">Any position</option>
            {positions.map((p) => (
              <option key={p} value={p}>
                {positionLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="toggle guide-fav-filter">
          <input id={ids.fav} type="checkbox" checked={favouritesOnly} onChange={(e) => setFavouritesOnly(e.target.checked)} />
          <label htmlFor={ids.fav}>Favourites only</label>
        </div>
      </div>
      <p className="hint" role="status">
        {shown.length} of {exercises.length} exercises
      </p>
      <ul className="exercise-grid">
        {shown.map((e) => (
          <ExerciseCard
            key={e.id}
            exercise={e}
            favourite={favourites.includes(e.id)}
            onOpen={() => onOpen(e.id)}
            onFavourite={(next) => onFavourite(e.id, next)}
          />
        ))}
      </ul>
      {shown.length === 0 && <p>No exercises match these filters.</p>}
    </section>
  );
}
