// The latest assessment: score, the fix for each "no", and how it compares with the one before.
import { checklistItems } from '../../../../shared/checklist/items.ts';
import { compareAssessments, scoreAnswers } from '../../../../shared/checklist/score.ts';
import { checklistGroupLabels, type Assessment } from '../../../../shared/checklist/types.ts';

const answerText = { yes: 'Yes', no: 'No', na: 'Not applicable', none: '—' } as const;
const itemById = new Map(checklistItems.map((i) => [i.id, i]));
const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export function ChecklistResults({ latest, previous }: { latest: Assessment; previous: Assessment | undefined }) {
  const score = scoreAnswers(latest.answers);
  const noItems = checklistItems.filter((i) => latest.answers[i.id] === 'no');
  const comparison = previous ? compareAssessments(previous, latest) : undefined;
  return (
    <section aria-labelledby="results-title" className="checklist-results">
      <div className="card checklist-score">
        <h2 id="results-title">Your check on {dateText(latest.at)}</h2>
        <p className="score-line">
          <span className="score-number">{score.percent === null ? '–' : `${score.percent}%`}</span>
          <span>
            {score.yes} yes · {score.no} no · {score.na} not applicable
            {score.unanswered > 0 && ` · ${score.unanswered} unanswered`}
          </span>
        </p>
        <p className="hint">The score is the share of answered, applicable questions with a “yes”.</p>
        {comparison && previous && (
          <div className="checklist-compare" aria-label="Compared with your previous check" role="group">
            <h3>Compared with {dateText(previous.at)}</h3>
            <p>
              {comparison.delta === null
                ? 'Not enough answers to compare scores.'
                : comparison.delta === 0
                  ? 'Same score as last time.'
                  : `${comparison.delta > 0 ? 'Up' : 'Down'} ${Math.abs(comparison.delta)} points (was ${scoreAnswers(previous.answers).percent}%).`}
            </p>
            {comparison.fixed.length > 0 && (
              <>
                <h4 className="compare-label">Fixed since then</h4>
                <ul>
                  {comparison.fixed.map((id) => (
                    <li key={id}>{itemById.get(id)?.question}</li>
                  ))}
                </ul>
              </>
            )}
            {comparison.worse.length > 0 && (
              <>
                <h4 className="compare-label">New since then</h4>
                <ul>
                  {comparison.worse.map((id) => (
                    <li key={id}>{itemById.get(id)?.question}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      <div className="card">
        <h2>{noItems.length === 0 ? 'Nothing to fix' : `What to fix (${noItems.length})`}</h2>
        {noItems.length === 0 ? (
          <p>Every applicable answer was “yes”. Keep taking your breaks.</p>
        ) : (
          <ul className="fix-list">
            {noItems.map((item) => (
              <li key={item.id} data-item={item.id}>
                <p className="fix-question">
                  <span className="fix-group">{checklistGroupLabels[item.group]}: </span>
                  {item.question}
                </p>
                <p>{item.fix}</p>
                <p className="hint">
                  Why: {item.why} Sources: {item.sources.join('; ')}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card print-only">
        <h2>All answers</h2>
        <table className="answer-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {checklistItems.map((item) => (
              <tr key={item.id}>
                <td>{item.question}</td>
                <td>{answerText[latest.answers[item.id] ?? 'none']}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
