// Working-hours ranges per weekday: add, change and remove ranges; each day saves as a whole.
import { useEffect, useState } from 'react';
import type { RequestInput } from '../../../../shared/ipc/contract.ts';
import { weekdays, type Weekday } from '../../../../shared/settings/limits.ts';
import type { Settings } from '../../../../shared/settings/schema.ts';

type Save = (field: string, patch: RequestInput<'settings:update'>) => Promise<boolean>;
type Range = { start: string; end: string };

const dayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const MAX_RANGES = 6;

export function WorkingHoursEditor({ hours, errors, save }: { hours: Settings['workingHours']; errors: Record<string, string>; save: Save }) {
  return (
    <div className="hours-editor">
      {weekdays.map((day) => (
        <DayRanges key={day} day={day} ranges={hours.days[day]} error={errors[`workingHours.${day}`]} save={save} />
      ))}
    </div>
  );
}

function DayRanges({ day, ranges, error, save }: { day: Weekday; ranges: Range[]; error: string | undefined; save: Save }) {
  const [draft, setDraft] = useState(ranges);
  useEffect(() => setDraft(ranges), [ranges]);
  const name = dayNames[day];
  const commit = (next: Range[]) => {
    setDraft(next);
    // A refused change stays on screen beside its error, so the user can correct it.
    void save(`workingHours.${day}`, { workingHours: { days: { [day]: next } } });
  };
  const change = (i: number, key: keyof Range, value: string) => setDraft(draft.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <div className="hours-day" role="group" aria-labelledby={`hours-${day}`}>
      <p className="hours-day-name" id={`hours-${day}`}>
        {name}
      </p>
      <div className="hours-ranges">
        {draft.length === 0 && <p className="hint">No breaks</p>}
        {draft.map((r, i) => (
          <div className="hours-range" key={i}>
            <label>
              <span className="breaks-visually-hidden">
                {name}, range {i + 1}, from
              </span>
              <input type="time" value={r.start} onChange={(e) => change(i, 'start', e.target.value)} onBlur={() => commit(draft)} />
            </label>
            <span aria-hidden="true">to</span>
            <label>
              <span className="breaks-visually-hidden">
                {name}, range {i + 1}, until
              </span>
              <input type="time" value={r.end} onChange={(e) => change(i, 'end', e.target.value)} onBlur={() => commit(draft)} />
            </label>
            <button type="button" className="button-quiet" aria-label={`Remove ${name} range ${i + 1}`} onClick={() => commit(draft.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
        ))}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button-quiet"
        disabled={draft.length >= MAX_RANGES}
        aria-label={`Add range on ${name}`}
        onClick={() => commit([...draft, nextRange(draft)])}
      >
        Add range
      </button>
    </div>
  );
}

/** A sensible new range: after the last one, or a working day's default. */
function nextRange(ranges: Range[]): Range {
  const last = ranges.at(-1);
  if (!last) return { start: '09:00', end: '17:30' };
  const [h] = last.end.split(':').map(Number);
  const start = Math.min(22, (h ?? 17) + 1);
  return { start: `${String(start).padStart(2, '0')}:00`, end: `${String(start + 1).padStart(2, '0')}:00` };
}
