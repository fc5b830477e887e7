// Workstation checklist: take a check, see the score and fixes, compare, re-check reminder, print.
import { useEffect, useState } from 'react';
import { checklistLimits, type Answer } from '../../../../shared/checklist/types.ts';
import type { ChecklistState } from '../../../../shared/ipc/contracts/checklist.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { ChecklistForm } from './ChecklistForm.tsx';
import { ChecklistResults } from './ChecklistResults.tsx';
import './checklist.css';

const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export function ChecklistScreen() {
  const [state, setState] = useState<ChecklistState>();
  const [taking, setTaking] = useState(false);
  const [error, setError] = useState<string>();
  const [intervalError, setIntervalError] = useState<string>();
  useEffect(() => {
    void window.limber.checklist.get().then((r) => r.ok && setState(r.value));
  }, []);
  if (!state) return null;
  const latest = state.assessments.at(-1);
  const previous = state.assessments.at(-2);
  const overdue = state.overdue;

  const save = async (answers: Record<string, Answer>) => {
    const r = await window.limber.checklist.save({ answers });
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setState(r.value);
    setTaking(false);
  };

  return (
    <section className="screen checklist-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Workstation checklist</h1>
      <p className="lead checklist-intro">
        Answer yes, no or not applicable. A “no” points to something worth adjusting and shows how. Based on the OSHA
        computer workstation checklist and other ergonomics guidance.
      </p>
      {taking ? (
        <ChecklistForm initial={latest?.answers ?? {}} onSave={(a) => void save(a)} onCancel={() => setTaking(false)} error={error} />
      ) : (
        <>
          <div className="card checklist-status">
            <p className={overdue ? 'checklist-due overdue' : 'checklist-due'}>
              {state.nextDueAt === null
                ? 'You have not checked your workstation yet.'
                : overdue
                  ? `A re-check was due on ${dateText(state.nextDueAt)}.`
                  : `Next check due on ${dateText(state.nextDueAt)}.`}
            </p>
            <div className="button-row no-print">
              <button type="button" onClick={() => setTaking(true)}>
                {latest ? 'Check again' : 'Start the check'}
              </button>
              {latest && (
                <button type="button" className="button-quiet" onClick={() => window.print()}>
                  Print
                </button>
              )}
            </div>
            <div className="no-print">
              <NumberField
                label="Remind me to re-check every"
                unit="days"
                value={state.recheckDays}
                min={checklistLimits.minRecheckDays}
                max={checklistLimits.maxRecheckDays}
                error={intervalError}
                onCommit={async (days) => {
                  const r = await window.limber.checklist.setRecheckDays({ days });
                  if (r.ok) {
                    setState(r.value);
                    setIntervalError(undefined);
                  } else setIntervalError(r.error.issues[0]?.message ?? r.error.message);
                }}
              />
            </div>
          </div>
          {latest && <ChecklistResults latest={latest} previous={previous} />}
          {state.assessments.length > 1 && (
            <div className="card no-print">
              <h2>Earlier checks</h2>
              <ul className="history-list">
                {[...state.assessments].reverse().map((a) => (
                  <li key={a.id}>{dateText(a.at)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
