import { bodyRegionLabels } from '../../../../shared/body/regions.ts';
import type { PainEntry } from '../../../../shared/pain/vocabulary.ts';
import { entryWhen } from './draft.ts';

export function EntryList({ entries, onEdit, onDelete }: { entries: PainEntry[]; onEdit(e: PainEntry): void; onDelete(e: PainEntry): void }) {
  return (
    <section aria-labelledby="recent-title" className="entry-list">
      <h2 id="recent-title">Latest entries</h2>
      {entries.length === 0 ? (
        <p className="hint">No entries yet.</p>
      ) : (
        <ul>
          {entries.map((e) => {
            const where = e.regions.map((r) => bodyRegionLabels[r.region]).join(', ');
            return (
              <li key={e.id} className="entry-item">
                <span className={`entry-score level-${e.intensity}`} aria-hidden="true">
                  {e.intensity}
                </span>
                <span className="entry-text">
                  <strong>{where}</strong>
                  <span className="hint">
                    {' '}
                    {entryWhen(e)} · pain {e.intensity} of 10 · breaks that day: {e.breakContext.taken} taken, {e.breakContext.skipped} skipped,{' '}
                    {e.breakContext.postponed} postponed
                    {e.flagsShown.length > 0 && (e.acknowledgedAt ? ' · warning acknowledged' : ' · warning shown')}
                  </span>
                </span>
                <span className="entry-actions">
                  <button type="button" className="button-quiet" onClick={() => onEdit(e)} aria-label={`Edit ${where} at ${entryWhen(e)}`}>
                    Edit
                  </button>
                  <button type="button" className="button-quiet" onClick={() => onDelete(e)} aria-label={`Delete ${where} at ${entryWhen(e)}`}>
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
