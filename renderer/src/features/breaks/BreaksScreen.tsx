// The Breaks screen: what comes next, the controls, and today's and this week's record.
import { useCallback, useEffect, useState } from 'react';
import { breakKindLabels, type BreakEventType } from '../../../../shared/breaks/types.ts';
import type { BreakPeriodSummary, BreakSummary } from '../../../../shared/ipc/contracts/breaks.ts';
import { nextBreakLine, type BreakStatus } from '../../../../shared/scheduler/status.ts';
import type { RequestInput } from '../../../../shared/ipc/contract.ts';
import { formatDuration, formatTime, formatWhen } from './format.ts';
import { useBreakStatus } from './useBreakStatus.ts';
import { WeekChart } from './WeekChart.tsx';
import './breaks.css';

const pauseOptions: Array<{ value: string; label: string; request: RequestInput<'breaks:pause'> }> = [
  { value: '30', label: 'for 30 minutes', request: { kind: 'minutes', minutes: 30 } },
  { value: '60', label: 'for 1 hour', request: { kind: 'minutes', minutes: 60 } },
  { value: '120', label: 'for 2 hours', request: { kind: 'minutes', minutes: 120 } },
  { value: 'tomorrow', label: 'until tomorrow morning', request: { kind: 'tomorrow' } },
  { value: 'resume', label: 'until I resume', request: { kind: 'untilResumed' } },
];

const eventLabels: Partial<Record<BreakEventType, string>> = {
  completed: 'Taken',
  skipped: 'Skipped',
  postponed: 'Postponed',
  natural: 'Natural break',
  endedEarly: 'Ended early',
};

export function BreaksScreen() {
  const [status, setStatus] = useBreakStatus();
  const [summary, setSummary] = useState<BreakSummary>();
  const [message, setMessage] = useState('');
  const [pauseChoice, setPauseChoice] = useState('30');

  const refresh = useCallback(() => {
    void window.limber.breaks.summary().then((r) => r.ok && setSummary(r.value));
  }, []);
  useEffect(() => refresh(), [refresh, status]);

  const act = async (run: () => Promise<{ ok: true; value: BreakStatus } | { ok: false; error: { message: string } }>, done: string) => {
    const result = await run();
    if (result.ok) {
      setStatus(result.value);
      setMessage(done);
    } else {
      setMessage(result.error.message);
    }
  };

  return (
    <section className="screen breaks-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Breaks</h1>
      <p className="status" role="status" aria-live="polite">
        {message}
      </p>
      <div className="card breaks-now">
        <p className="breaks-next" data-testid="next-break">
          {status ? nextBreakLine(status, formatTime) : 'Loading…'}
        </p>
        {status?.mode === 'running' && <p className="hint">Counted in minutes of activity: time away from the keyboard does not count.</p>}
        {status && (
          <div className="button-row">
            <button type="button" disabled={status.mode === 'inBreak'} onClick={() => void act(() => window.limber.breaks.now(), 'Break started.')}>
              Take a break now
            </button>
            {status.mode === 'paused' ? (
              <button type="button" className="button-quiet" onClick={() => void act(() => window.limber.breaks.resume(), 'Breaks resumed.')}>
                Resume breaks
              </button>
            ) : (
              <>
                <label className="breaks-pause-label" htmlFor="pause-choice">
                  Pause
                </label>
                <select id="pause-choice" value={pauseChoice} onChange={(e) => setPauseChoice(e.target.value)}>
                  {pauseOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    const choice = pauseOptions.find((o) => o.value === pauseChoice)!;
                    void act(() => window.limber.breaks.pause(choice.request), 'Breaks paused.');
                  }}
                >
                  Pause breaks
                </button>
              </>
            )}
          </div>
        )}
      </div>

      {summary && (
        <>
          <div className="breaks-periods">
            <Period title="Today" data={summary.today} />
            <Period title="This week" data={summary.week} />
          </div>
          <div className="card">
            <h2>Last seven days</h2>
            <WeekChart days={summary.days} />
          </div>
          <div className="card">
            <h2>Recent breaks</h2>
            {summary.recent.length === 0 ? (
              <p className="hint">Nothing yet. Your first posture check comes after 20 minutes of activity.</p>
            ) : (
              <ul className="breaks-recent" data-testid="recent-breaks">
                {summary.recent.map((e) => (
                  <li key={e.id}>
                    <span className={`breaks-tag breaks-tag-${e.type}`}>{eventLabels[e.type] ?? e.type}</span>
                    <span>{breakKindLabels[e.kind]}</span>
                    <span className="hint">{formatWhen(e.at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function Period({ title, data }: { title: string; data: BreakPeriodSummary }) {
  const slug = title.toLowerCase().replace(/\s+/g, '-');
  return (
    <div className="card" data-testid={`period-${slug}`}>
      <h2 id={`period-${slug}`}>{title}</h2>
      <dl className="breaks-stats" aria-labelledby={`period-${slug}`}>
        <Stat label="Taken" value={String(data.taken)} />
        <Stat label="Natural" value={String(data.natural)} />
        <Stat label="Skipped" value={String(data.skipped)} />
        <Stat label="Postponed" value={String(data.postponed)} />
        {data.endedEarly > 0 && <Stat label="Ended early" value={String(data.endedEarly)} />}
        <Stat label="Active time" value={formatDuration(data.activeMs)} />
        <Stat label="Longest without a break" value={formatDuration(data.longestWithoutBreakMs)} />
      </dl>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="breaks-stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
