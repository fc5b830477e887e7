import { useState } from 'react';
import type { RequestInput } from '../../../../shared/ipc/contract.ts';
import { settingsLimits as L, themes, type Theme } from '../../../../shared/settings/limits.ts';
import { useSettings } from '../../app/SettingsContext.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import { Toggle } from '../../ui/Toggle.tsx';
import { BreakSettings } from '../breaks/BreakSettings.tsx';
import { CheckInSettings } from '../pain/CheckInSettings.tsx';
import { DataSettings } from './DataSettings.tsx';
import { SoundSettings } from './SoundSettings.tsx';
import { SystemSettings } from './SystemSettings.tsx';

const themeLabels: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

export function SettingsScreen() {
  const { settings, loadError, update } = useSettings();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  // The chosen theme shows at once; main confirms it (or the radio returns to the saved one).
  const [themeChoice, setThemeChoice] = useState<Theme>();

  if (loadError) return <p role="alert">Settings could not be loaded: {loadError}</p>;
  if (!settings) return <p>Loading settings…</p>;

  /** Sends one change to main; a rejection is shown next to the field and nothing is saved. */
  const save = async (field: string, patch: RequestInput<'settings:update'>) => {
    const result = await update(patch);
    setErrors(({ [field]: _dropped, ...rest }) => (result.ok ? rest : { ...rest, [field]: result.error.message }));
    setStatus(result.ok ? 'Saved.' : 'Not saved: please correct the highlighted value.');
    return result.ok;
  };
  const { micro, stretch } = settings.breaks;

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Settings</h1>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset className="card">
        <legend>Posture checks</legend>
        <p className="hint">A short reset every 20 minutes eased neck, back and wrist discomfort in office studies.</p>
        <Toggle label="Remind me to check my posture" checked={micro.enabled} onChange={(v) => save('micro.enabled', { breaks: { micro: { enabled: v } } })} />
        <div className="field-grid">
          <NumberField
            label="Every"
            unit="minutes of activity"
            value={micro.intervalMin}
            {...L.microIntervalMin}
            error={errors['micro.intervalMin']}
            onCommit={(n) => void save('micro.intervalMin', { breaks: { micro: { intervalMin: n } } })}
          />
          <NumberField
            label="Lasting"
            unit="seconds"
            value={micro.durationSec}
            {...L.microDurationSec}
            error={errors['micro.durationSec']}
            onCommit={(n) => void save('micro.durationSec', { breaks: { micro: { durationSec: n } } })}
          />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Stretch breaks</legend>
        <p className="hint">About five minutes away from the screen each hour is what workplace guidance suggests.</p>
        <Toggle label="Offer guided stretch breaks" checked={stretch.enabled} onChange={(v) => save('stretch.enabled', { breaks: { stretch: { enabled: v } } })} />
        <div className="field-grid">
          <NumberField
            label="Every"
            unit="minutes of activity"
            value={stretch.intervalMin}
            {...L.stretchIntervalMin}
            error={errors['stretch.intervalMin']}
            onCommit={(n) => void save('stretch.intervalMin', { breaks: { stretch: { intervalMin: n } } })}
          />
          <NumberField
            label="Lasting"
            unit="minutes"
            value={stretch.durationMin}
            {...L.stretchDurationMin}
            error={errors['stretch.durationMin']}
            onCommit={(n) => void save('stretch.durationMin', { breaks: { stretch: { durationMin: n } } })}
          />
        </div>
      </fieldset>

      <BreakSettings settings={settings} errors={errors} save={save} />

      <SystemSettings settings={settings} errors={errors} save={save} />

      <fieldset className="card">
        <legend>Appearance</legend>
        <div className="radio-row" role="radiogroup" aria-label="Theme">
          {themes.map((t) => (
            <label key={t} className="radio">
              <input
                type="radio"
                name="theme"
                value={t}
                checked={(themeChoice ?? settings.appearance.theme) === t}
                onChange={() => {
                  setThemeChoice(t);
                  void save('theme', { appearance: { theme: t } }).then(() => setThemeChoice(undefined));
                }}
              />
              {themeLabels[t]}
            </label>
          ))}
        </div>
      </fieldset>

      <SoundSettings onStatus={setStatus} />

      <CheckInSettings />

      <DataSettings onStatus={setStatus} />
    </section>
  );
}
