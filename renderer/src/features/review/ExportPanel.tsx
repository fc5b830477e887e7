// Doctor report, CSV, and the full JSON backup with import. Files are chosen and written by main.
import { useState } from 'react';
import { BackupButtons } from '../pain/BackupButtons.tsx';
import { exportMessage } from '../pain/backupMessages.ts';

export function ExportPanel({ from: weekFrom, to: weekTo }: { from: string; to: string }) {
  const [from, setFrom] = useState(weekFrom);
  const [to, setTo] = useState(weekTo);
  const [status, setStatus] = useState('');
  const report = (what: string, r: Parameters<typeof exportMessage>[1]) => setStatus(exportMessage(what, r));

  return (
    <section className="card export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Reports and backups</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-from">From</label>
          <input id="export-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="export-to">To</label>
          <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void window.limber.pain.exportPdf({ from, to }).then((r) => report('Doctor report', r))}>
          Doctor report (PDF)
        </button>
        <button type="button" className="button-quiet" onClick={() => void window.limber.pain.exportCsv({ from, to }).then((r) => report('CSV', r))}>
          Entries as CSV
        </button>
        <BackupButtons exportLabel="Full backup (JSON)" importLabel="Import a backup…" onStatus={setStatus} />
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
