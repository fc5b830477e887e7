// The weekly review. Main computes the week's summary; this screen only draws it.
import { useCallback, useEffect, useState } from 'react';
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';
import { flagGuidance } from '../../../../shared/pain/guidance.ts';
import { addDays } from '../../../../shared/pain/localDay.ts';
import { interferenceLabels, painQualityLabels, reliefMethodLabels } from '../../../../shared/pain/vocabulary.ts';
import { BodyMap } from './BodyMap.tsx';
import { DailyChart } from './DailyChart.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { AdherencePanel } from './AdherencePanel.tsx';
import { changeText, rangeLabel } from './format.ts';
import '../pain/pain.css';
import './review.css';

type Review = RequestOutput<'pain:week'>;

const todayLocal = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

export function ReviewScreen() {
  const locale = navigator.language || 'en-GB';
  const [date, setDate] = useState(todayLocal);
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    const result = await window.limber.pain.week({ date, locale });
    if (result.ok) {
      setReview(result.value);
      setError('');
    } else setError(result.error.message);
  }, [date, locale]);
  useEffect(() => {
    void load();
    return window.limber.pain.onChanged(() => void load());
  }, [load]);

  return (
    <section className="screen review-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Weekly review</h1>
      <div className="week-picker" role="group" aria-label="Choose a week">
        <button type="button" className="button-quiet" onClick={() => setDate(addDays(review?.weekStart ?? date, -7))}>
          Previous week
        </button>
        <label htmlFor="week-date">Week including</label>
        <input id="week-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        <button type="button" className="button-quiet" onClick={() => setDate(addDays(review?.weekStart ?? date, 7))}>
          Next week
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {review && <ReviewBody review={review} locale={locale} />}
      {review && <ExportPanel key={review.weekStart} from={review.weekStart} to={review.weekEnd} />}
    </section>
  );
}

function ReviewBody({ review, locale }: { review: Review; locale: string }) {
  return (
    <>
      <p className="lead" aria-live="polite">
        {rangeLabel(review.weekStart, review.weekEnd, locale)}: {review.entryCount} {review.entryCount === 1 ? 'entry' : 'entries'} on {review.daysLogged} of 7 days.
      </p>
      <div className="review-grid">
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">Pain through the week</h2>
          <p>{changeText(review)}</p>
          <DailyChart days={review.days} locale={locale} />
        </section>
        <section className="card" aria-labelledby="map-title">
          <h2 id="map-title">Where it hurt</h2>
          {review.regions.length ? <BodyMap regions={review.regions} /> : <p className="hint">No regions logged this week.</p>}
        </section>
        <section className="card" aria-labelledby="qualities-title">
          <h2 id="qualities-title">What it felt like</h2>
          {review.qualities.length ? (
            <ul>
              {review.qualities.map((q) => (
                <li key={q.quality}>
                  {painQualityLabels[q.quality]}: {q.count} {q.count === 1 ? 'time' : 'times'}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">No descriptions logged.</p>
          )}
          <h2 id="interference-title">How much it got in the way</h2>
          {review.interference.length ? (
            <dl className="meter-list">
              {review.interference.map((i) => (
                <div key={i.area}>
                  <dt>{interferenceLabels[i.area]}</dt>
                  <dd>
                    <span className="meter" aria-hidden="true">
                      <span className="meter-fill" style={{ width: `${i.mean * 10}%` }} />
                    </span>
                    {i.mean} of 10 on average ({i.days} {i.days === 1 ? 'entry' : 'entries'})
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="hint">Not recorded this week.</p>
          )}
          <h2 id="relief-title">What helped</h2>
          {review.relief.length ? (
            <ul>
              {review.relief.map((r) => (
                <li key={r.method}>
                  {reliefMethodLabels[r.method]}: helped {r.meanHelped}% on average ({r.times} {r.times === 1 ? 'time' : 'times'})
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">Nothing recorded.</p>
          )}
        </section>
        <AdherencePanel review={review} locale={locale} />
        <section className="card" aria-labelledby="checklist-title">
          <h2 id="checklist-title">Workstation items still answered “no”</h2>
          {review.checklistNo.length ? (
            <ul>
              {review.checklistNo.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">None from your latest checklist.</p>
          )}
        </section>
        <section className="card" aria-labelledby="notices-title">
          <h2 id="notices-title">Warnings this week</h2>
          {review.flags.length === 0 && review.routine.length === 0 && <p className="hint">None.</p>}
          {review.flags.length > 0 && (
            <ul>
              {review.flags.map((f) => (
                <li key={`${f.date}-${f.id}`}>
                  {f.date}: {f.reason} ({f.level === 'emergency' ? 'emergency guidance shown' : 'same-day guidance shown'}
                  {f.acknowledged ? ', acknowledged' : ''})
                </li>
              ))}
            </ul>
          )}
          {review.routine.length > 0 && (
            <div className="routine-advice">
              <ul>
                {review.routine.map((f) => (
                  <li key={f.id}>{f.reason}</li>
                ))}
              </ul>
              <p>
                <strong>{flagGuidance.routine.title}.</strong> {flagGuidance.routine.lines.join(' ')}
              </p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
