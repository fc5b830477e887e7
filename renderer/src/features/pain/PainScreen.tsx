// The pain log: a new entry, the latest entries with edit and delete (with undo).
import { useCallback, useEffect, useState } from 'react';
import type { PainDraft, PainEntry } from '../../../../shared/pain/vocabulary.ts';
import { PainForm } from './PainForm.tsx';
import { CheckInSettings } from './CheckInSettings.tsx';
import { EntryList } from './EntryList.tsx';
import { draftOf, emptyDraft } from './draft.ts';
import { useAfterSave } from './useAfterSave.tsx';
import './pain.css';

export function PainScreen() {
  const [entries, setEntries] = useState<PainEntry[]>([]);
  const [editing, setEditing] = useState<PainEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');
  // The last change that can be undone: a delete (the entry) or an edit (the entry before it).
  const [undoable, setUndoable] = useState<{ kind: 'delete' | 'edit'; entry: PainEntry } | null>(null);
  const load = useCallback(async () => {
    const result = await window.limber.pain.recent({ limit: 30 });
    if (result.ok) setEntries(result.value);
  }, []);
  const after = useAfterSave(() => void load());
  useEffect(() => {
    void load();
    return window.limber.pain.onChanged(() => void load());
  }, [load]);

  const save = async (draft: PainDraft) => {
    const result = editing ? await window.limber.pain.update({ id: editing.id, draft }) : await window.limber.pain.add(draft);
    if (!result.ok) return result.error.issues[0] ? `${result.error.message} (${result.error.issues[0].path}: ${result.error.issues[0].message})` : result.error.message;
    setStatus(editing ? 'Entry updated.' : 'Entry saved.');
    setUndoable(editing ? { kind: 'edit', entry: editing } : null);
    setEditing(null);
    setFormKey((k) => k + 1);
    after.show(result.value);
    void load();
    return null;
  };
  const remove = async (entry: PainEntry) => {
    const result = await window.limber.pain.delete({ id: entry.id });
    if (!result.ok) return setStatus(result.error.message);
    setUndoable({ kind: 'delete', entry: result.value });
    setStatus('Entry deleted.');
    void load();
  };
  const undo = async () => {
    if (!undoable) return;
    const { kind, entry } = undoable;
    const result = kind === 'delete' ? await window.limber.pain.restore(entry) : await window.limber.pain.update({ id: entry.id, draft: draftOf(entry) });
    setStatus(result.ok ? (kind === 'delete' ? 'Entry restored.' : 'Changes undone.') : result.error.message);
    setUndoable(null);
    void load();
  };

  return (
    <section className="screen pain-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Pain log</h1>
      <p className="lead">A private diary of where it hurts and what helps. It stays on this computer. Limber does not diagnose anything.</p>
      <p className="status" role="status" aria-live="polite">
        {status}{' '}
        {undoable && (
          <button type="button" className="button-quiet" onClick={() => void undo()}>
            {undoable.kind === 'delete' ? 'Undo delete' : 'Undo changes'}
          </button>
        )}
      </p>
      {after.view}
      <div className="pain-columns">
        <div>
          <h2>{editing ? 'Edit entry' : 'New entry'}</h2>
          <PainForm
            key={editing ? `edit-${editing.id}` : `new-${formKey}`}
            initial={editing ? draftOf(editing) : emptyDraft()}
            submitLabel={editing ? 'Save changes' : 'Save entry'}
            onSubmit={save}
            {...(editing ? { onCancel: () => setEditing(null) } : {})}
          />
        </div>
        <div>
          <EntryList entries={entries} onEdit={setEditing} onDelete={(e) => void remove(e)} />
          <CheckInSettings />
        </div>
      </div>
    </section>
  );
}
