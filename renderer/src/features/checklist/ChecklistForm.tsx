// Answer every item yes / no / not applicable, grouped; a "no" shows its fix straight away.
import { useState } from 'react';
import { checklistItems } from '../../../../shared/checklist/items.ts';
import { checklistGroupLabels, checklistGroups, type Answer } from '../../../../shared/checklist/types.ts';

const answerLabels: Record<Answer, string> = { yes: 'Yes', no: 'No', na: 'Not applicable' };

export function ChecklistForm({
  initial,
  onSave,
  onCancel,
  error,
}: {
  initial: Readonly<Record<string, Answer>>;
  onSave(answers: Record<string, Answer>): void;
  onCancel(): void;
  error: string | undefined;
}) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({ ...initial });
  const answered = Object.keys(answers).length;
  return (
    <form
      className="checklist-form"
      aria-label="Workstation check"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(answers);
      }}
    >
      {checklistGroups.map((group) => (
        <fieldset key={group} className="card checklist-group">
          <legend>{checklistGroupLabels[group]}</legend>
          {checklistItems
            .filter((i) => i.group === group)
            .map((item) => (
              <fieldset key={item.id} className="checklist-item" data-item={item.id}>
                <legend>{item.question}</legend>
                <p className="hint">{item.why}</p>
                <div className="radio-row">
                  {(['yes', 'no', 'na'] as const).map((a) => (
                    <label key={a} className="radio">
                      <input
                        type="radio"
                        name={item.id}
                        value={a}
                        checked={answers[item.id] === a}
                        onChange={() => setAnswers({ ...answers, [item.id]: a })}
                      />
                      {answerLabels[a]}
                    </label>
                  ))}
                </div>
                {answers[item.id] === 'no' && (
                  <p className="checklist-fix">
                    <strong>How to fix it: </strong>
                    {item.fix}
                  </p>
                )}
              </fieldset>
            ))}
        </fieldset>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row checklist-actions">
        <button type="submit">Save this check</button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <span className="hint">
          {answered} of {checklistItems.length} answered
        </span>
      </div>
    </form>
  );
}
