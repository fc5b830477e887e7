import { useEffect, useRef, useState } from 'react';
import { presetIds, schedulePresets, type PresetId } from '../../../../shared/settings/presets.ts';
import { Toggle } from '../../ui/Toggle.tsx';
import { Disclaimer } from '../disclaimer/Disclaimer.tsx';
import './onboarding.css';

const steps = ['Welcome', 'Your schedule', 'When Limber reminds you', 'A first posture check'] as const;

const postureCues = [
  'Sit back so the chair supports your lower back.',
  'Feet flat on the floor, knees about level with your hips.',
  'Ears over shoulders: draw your chin gently back.',
  'Let your shoulders drop away from your ears.',
  'Elbows close to your sides, wrists straight.',
];
const POSTURE_SECONDS = 20;

/** The calm first run: disclaimer, a schedule preset, working hours and login, and a first posture check. */
export function FirstRun({ onDone }: { onDone(): void }) {
  const [step, setStep] = useState(0);
  const [understood, setUnderstood] = useState(false);
  const [preset, setPreset] = useState<PresetId>('standard');
  const [workingHours, setWorkingHours] = useState(false);
  const [launchAtLogin, setLaunchAtLogin] = useState(false);
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const finish = async () => {
    const result = await window.limber.onboarding.complete({ preset, workingHours, launchAtLogin });
    if (result.ok) onDone();
    else setError(result.error.message);
  };
  const skip = async () => {
    const result = await window.limber.onboarding.skip();
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <main id="main" className="first-run">
      <div className="first-run-card card">
        <p className="first-run-progress">
          Step {step + 1} of {steps.length}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {steps[step]}
        </h1>

        {step === 0 && (
          <>
            <Disclaimer />
            <div className="first-run-disclaimer" role="note" aria-label="Emergency signs">
              <p>
                Call your local emergency number if back or neck pain comes with numbness around the genitals or inner
                thighs, new trouble passing urine or loss of bladder or bowel control, weakness or numbness in both
                legs, chest pain, or sudden weakness, fainting, double vision or trouble speaking.
              </p>
              <p>Everything you enter stays on this computer. Limber makes no network connections.</p>
            </div>
            <div className="toggle">
              <input id="understood" type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
              <label htmlFor="understood">I understand Limber gives general guidance, not medical advice</label>
            </div>
          </>
        )}

        {step === 1 && (
          <fieldset className="preset-list">
            <legend className="hint">Pick a starting point. You can change every number later in Settings.</legend>
            {presetIds.map((id) => {
              const p = schedulePresets[id];
              return (
                <label key={id} className={`preset ${preset === id ? 'preset-chosen' : ''}`}>
                  <input type="radio" name="preset" value={id} checked={preset === id} onChange={() => setPreset(id)} />
                  <span>
                    <strong>{p.name}</strong>
                    <span className="preset-summary">{p.summary}</span>
                    <span className="hint">
                      {p.evidence} <cite>{p.source}</cite>
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}

        {step === 2 && (
          <>
            <Toggle label="Only remind me during working hours (Monday to Friday, 09:00 to 17:30)" checked={workingHours} onChange={setWorkingHours} />
            <p className="hint">Limber counts only the time you are active, and a lock or sleep at least as long as a break counts as that break.</p>
            <Toggle label="Start Limber when I log in" checked={launchAtLogin} onChange={setLaunchAtLogin} />
          </>
        )}

        {step === 3 && <PostureCheck />}

        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}

        <div className="first-run-actions">
          <button
            type="button"
            className="button-quiet"
            disabled={!understood}
            title={understood ? undefined : 'Acknowledge the disclaimer first'}
            onClick={() => {
              if (understood) void skip();
            }}
          >
            Skip setup
          </button>
          <span className="spacer" />
          {step > 0 && (
            <button type="button" className="button-quiet" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          {step < steps.length - 1 ? (
            <button type="button" disabled={step === 0 && !understood} onClick={() => setStep(step + 1)}>
              Continue
            </button>
          ) : (
            <button type="button" onClick={() => void finish()}>
              Finish
            </button>
          )}
        </div>
      </div>
    </main>
  );
}

function PostureCheck() {
  const [left, setLeft] = useState<number>();
  useEffect(() => {
    if (left === undefined || left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <>
      <p className="lead">This is what a posture check feels like: {POSTURE_SECONDS} seconds, no equipment.</p>
      <ol className="posture-cues">
        {postureCues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ol>
      {left === undefined ? (
        <button type="button" onClick={() => setLeft(POSTURE_SECONDS)}>
          Start the {POSTURE_SECONDS}-second check
        </button>
      ) : (
        <p className="posture-timer" role="timer" aria-live="off">
          {left > 0 ? `${left} s` : 'Well done. That is all it takes.'}
        </p>
      )}
    </>
  );
}
