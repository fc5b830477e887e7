// The doctor report's print view (`#/window/report?from=…&to=…`). Main prints it to PDF; every
// page carries the self-reported notice through fixed header and footer lines.
import { useEffect, useState } from 'react';
import { bodyRegionLabels } from '../../../../shared/body/regions.ts';
import {
  interferenceAreas,
  interferenceLabels,
  painQualityLabels,
  presetTriggerLabels,
  reliefMethodLabels,
  symptomKindLabels,
  symptomSiteLabels,
  warningSignLabels,
  type PainEntry,
} from '../../../../shared/pain/vocabulary.ts';
import { entryWhen } from '../pain/draft.ts';
import { reportQuestions, reportSources, selfReportedNotice } from './reportContent.ts';
import './review.css';

function rangeFromHash(): { from: string; to: string } | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) ? { from, to } : null;
}

const list = (xs: string[]) => (xs.length ? xs.join(', ') : '–');

export function ReportView() {
  const [range] = useState(rangeFromHash);
  const [entries, setEntries] = useState<PainEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!range) return setError('This report needs a date range.');
    void window.limber.pain.range(range).then((r) => (r.ok ? setEntries(r.value) : setError(r.error.message)));
  }, [range]);
  useEffect(() => {
    if (entries || error) document.body.dataset.reportReady = 'true';
  }, [entries, error]);

  if (error) return <p role="alert">{error}</p>;
  if (!entries || !range) return <p>Preparing the report…</p>;
  const values = entries.map((e) => e.intensity);
  const mean = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
  const days = new Set(entries.map((e) => entryWhen(e).slice(0, 10))).size;

  return (
    <article className="report" aria-labelledby="report-title">
      {/* A frame table: browsers repeat its header and footer on every printed page, with space kept for them. */}
      <table className="report-frame" role="presentation">
        <thead>
          <tr>
            <td className="report-mark">{selfReportedNotice}</td>
          </tr>
        </thead>
        <tfoot>
          <tr>
            <td className="report-mark">{selfReportedNotice}</td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
      <h1 id="report-title">Pain diary report</h1>
      <p>
        {range.from} to {range.to}. {entries.length} entries on {days} days. Average pain {mean ?? '–'} of 10
        {values.length ? `, highest ${Math.max(...values)}` : ''} (0 no pain, 10 worst imaginable).
      </p>
      <p>
        <strong>{selfReportedNotice}</strong>
      </p>

      <h2>Entries</h2>
      <table className="report-entries">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Where</th>
            <th scope="col">Pain</th>
            <th scope="col">What it felt like</th>
            <th scope="col">Spreads to</th>
            <th scope="col">Numbness, tingling, weakness</th>
            <th scope="col">What came before</th>
            <th scope="col">What was tried</th>
            <th scope="col">Got in the way (0–10)</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{entryWhen(e)}</td>
              <td>{list(e.regions.map((r) => `${bodyRegionLabels[r.region]} (${r.side})`))}</td>
              <td>{e.intensity}</td>
              <td>{list(e.qualities.map((q) => painQualityLabels[q]))}</td>
              <td>{list(e.radiatesTo.map((r) => bodyRegionLabels[r]))}</td>
              <td>
                {list([
                  ...e.symptoms.map((s) => `${symptomKindLabels[s.kind]}: ${symptomSiteLabels[s.site]}`),
                  ...e.warningSigns.map((w) => warningSignLabels[w]),
                ])}
              </td>
              <td>{list([...e.triggers.map((t) => presetTriggerLabels[t]), ...e.customTriggers])}</td>
              <td>{list(e.relief.map((r) => `${reliefMethodLabels[r.method]} (helped ${r.helpedPercent}%)`))}</td>
              <td>{list(interferenceAreas.filter((a) => e.interference[a] !== undefined).map((a) => `${interferenceLabels[a]} ${e.interference[a]}`))}</td>
              <td>{e.notes || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Also worth telling the doctor</h2>
      <p>Conditions I already have, injuries, and any massage or activity before the pain started:</p>
      <div className="blank-line" />
      <div className="blank-line" />

      <h2>Questions to ask</h2>
      <ol>
        {reportQuestions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <p className="hint">Sources: {reportSources.join('; ')}.</p>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
