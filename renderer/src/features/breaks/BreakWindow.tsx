// The break window's view: this break's routine as a timed guide, with the controls settings allow.
// Main opens it at a stretch break and destroys it when the break ends.
import { useEffect, useMemo, useState } from 'react';
import type { BodyRegion } from '../../../../shared/body/regions.ts';
import { postureCueFor } from '../../../../shared/breaks/cues.ts';
import { breakKindLabels } from '../../../../shared/breaks/types.ts';
import type { ActiveBreakStatus } from '../../../../shared/scheduler/status.ts';
import type { UserRoutine } from '../../../../shared/stretches/types.ts';
import { selectBreakRoutine } from '../../../../shared/stretches/selectRoutine.ts';
import { RoutinePlayer } from '../guide/player/RoutinePlayer.tsx';
import { formatClock } from './format.ts';
import { useBreakStatus } from './useBreakStatus.ts';
import './breaks.css';

/** Break ids end in the scheduler's sequence number, which rotates the routines. */
const breakIndex = (id: string) => Number(id.split('-').at(-1)) || 0;

export function BreakWindow() {
  const [status, setStatus] = useBreakStatus();
  const [extras, setExtras] = useState<Extras>();
  const [message, setMessage] = useState('');
  const [ended, setEnded] = useState<string>();
  const active = status?.activeBreak ?? null;

  // What picks and plays the routine: pain regions this week, the user's own routines, the chime.
  useEffect(() => {
    void Promise.all([window.limber.breaks.session(), window.limber.guide.get()]).then(([session, guide]) =>
      setExtras({
        painRegions: session.ok ? session.value.painRegions : [],
        userRoutines: guide.ok ? guide.value.userRoutines : [],
        sound: guide.ok && guide.value.sound,
      }),
    );
  }, [active?.id]);

  const run = async (action: 'postpone' | 'skip' | 'complete' | 'endEarly', after: string) => {
    const result = await window.limber.breaks[action]();
    if (result.ok) {
      setStatus(result.value);
      setEnded(after);
    } else {
      setMessage(result.error.message);
    }
  };

  if (!status || (active && !extras)) return <h1 className="break-title">Break</h1>;
  if (!active) {
    return (
      <section className="break-window break-over" aria-labelledby="break-title">
        <h1 id="break-title" className="break-title">
          {ended ?? 'No break right now'}
        </h1>
        <p className="hint">This window closes by itself.</p>
      </section>
    );
  }
  return <ActiveBreakView key={active.id} active={active} extras={extras!} message={message} run={run} />;
}

interface Extras {
  painRegions: BodyRegion[];
  userRoutines: UserRoutine[];
  sound: boolean;
}

function ActiveBreakView({
  active,
  extras,
  message,
  run,
}: {
  active: ActiveBreakStatus;
  extras: Extras;
  message: string;
  run(action: 'postpone' | 'skip' | 'complete' | 'endEarly', after: string): Promise<void>;
}) {
  const remaining = useCountdown(active.remainingMs);
  const routine = useMemo(
    () =>
      selectBreakRoutine({
        kind: active.kind,
        durationSec: Math.round(active.durationMs / 1000),
        breakIndex: breakIndex(active.id),
        painRegionsThisWeek: extras.painRegions,
        userRoutines: extras.userRoutines,
      }),
    [active.kind, active.durationMs, active.id, extras],
  );
  const done = () => void run('complete', 'Break complete. Well done.');
  const minutes = Math.round(active.durationMs / 60_000);

  return (
    <section className={`break-window${active.strict ? ' break-window-strict' : ''}`} aria-labelledby="break-title">
      <header className="break-header">
        <div>
          <h1 id="break-title" className="break-title">
            {breakKindLabels[active.kind]}
          </h1>
          <p className="hint">
            {active.kind === 'stretch'
              ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} away from the screen. Follow along, or just stand up and move.`
              : postureCueFor(breakIndex(active.id)).text}
          </p>
        </div>
        <p className="break-remaining">
          <span aria-hidden="true">{formatClock(remaining)}</span>
          <span className="hint" aria-hidden="true">
            left
          </span>
          {/* Read once a minute at most, not every second. */}
          <span className="breaks-visually-hidden">{Math.ceil(remaining / 60_000)} min left in this break</span>
        </p>
      </header>
      <RoutinePlayer routine={routine} onFinish={done} onExit={active.strict ? () => {} : done} compact sound={extras.sound} />
      <p className="status" role="status" aria-live="polite">
        {message}
      </p>
      <div className="button-row break-actions">
        {active.strict ? (
          <>
            <p className="hint">Strict mode is on: this break runs to the end.</p>
            <button type="button" className="button-quiet break-emergency" onClick={() => void run('endEarly', 'Break ended early.')}>
              End break (emergency)
            </button>
          </>
        ) : (
          <>
            {active.canPostpone && (
              <button type="button" className="button-quiet" onClick={() => void run('postpone', 'Break postponed.')}>
                Postpone ({active.postponesLeft} left)
              </button>
            )}
            {active.canSkip && (
              <button type="button" className="button-quiet" onClick={() => void run('skip', 'Break skipped.')}>
                Skip
              </button>
            )}
            <button type="button" onClick={done}>
              Done
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** Counts down from main's figure once a second; only while this window is open. */
function useCountdown(fromMs: number): number {
  const [left, setLeft] = useState(fromMs);
  useEffect(() => {
    setLeft(fromMs);
    const started = Date.now();
    const timer = window.setInterval(() => setLeft(Math.max(0, fromMs - (Date.now() - started))), 1000);
    return () => window.clearInterval(timer);
  }, [fromMs]);
  return left;
}
