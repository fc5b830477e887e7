// Break settings beyond the intervals: idle, waking, postpone, strict mode, warning, the break
// window, and working hours with one or more ranges per weekday. Main validates every change.
import type { RequestInput } from '../../../../shared/ipc/contract.ts';
import { settingsLimits as L } from '../../../../shared/settings/limits.ts';
import type { Settings } from '../../../../shared/settings/schema.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { Toggle } from '../../ui/Toggle.tsx';
import { WorkingHoursEditor } from './WorkingHoursEditor.tsx';
import './breaks.css';

type Save = (field: string, patch: RequestInput<'settings:update'>) => Promise<boolean>;

export function BreakSettings({ settings, errors, save }: { settings: Settings; errors: Record<string, string>; save: Save }) {
  return (
    <>
      <fieldset className="card">
        <legend>Working hours</legend>
        <Toggle
          label="Only remind me during working hours"
          checked={settings.workingHours.enabled}
          onChange={(v) => save('workingHours.enabled', { workingHours: { enabled: v } })}
        />
        <p className="hint">No breaks outside these times. Days without a range have no breaks.</p>
        <WorkingHoursEditor hours={settings.workingHours} errors={errors} save={save} />
      </fieldset>

      <fieldset className="card">
        <legend>How breaks behave</legend>
        <div className="field-grid">
          <NumberField
            label="Away after"
            unit="seconds without input"
            value={settings.idle.thresholdSec}
            {...L.idleThresholdSec}
            error={errors['idle.thresholdSec']}
            onCommit={(n) => void save('idle.thresholdSec', { idle: { thresholdSec: n } })}
          />
          <NumberField
            label="After waking or unlocking, wait"
            unit="minutes of activity"
            value={settings.idle.resumeGraceMin}
            {...L.resumeGraceMin}
            error={errors['idle.resumeGraceMin']}
            onCommit={(n) => void save('idle.resumeGraceMin', { idle: { resumeGraceMin: n } })}
          />
          <NumberField
            label="Postpone by"
            unit="minutes"
            value={settings.postpone.minutes}
            {...L.postponeMin}
            error={errors['postpone.minutes']}
            onCommit={(n) => void save('postpone.minutes', { postpone: { minutes: n } })}
          />
          <NumberField
            label="Postpones per break"
            unit="times"
            value={settings.postpone.maxPerBreak}
            {...L.postponeMaxPerBreak}
            error={errors['postpone.maxPerBreak']}
            onCommit={(n) => void save('postpone.maxPerBreak', { postpone: { maxPerBreak: n } })}
          />
        </div>
        <p className="hint">Time away counts as a break when it lasts as long as the break would.</p>
        <Toggle label="Strict mode: no postpone or skip" checked={settings.strictMode} onChange={(v) => save('strictMode', { strictMode: v })} />
        <p className="hint">An emergency “End break” stays available and is recorded.</p>
        <Toggle
          label="Warn me before a stretch break"
          checked={settings.warning.enabled}
          onChange={(v) => save('warning.enabled', { warning: { enabled: v } })}
        />
        {settings.warning.enabled && (
          <div className="field-grid">
            <NumberField
              label="Warn"
              unit="seconds before"
              value={settings.warning.secondsBefore}
              {...L.warningSeconds}
              error={errors['warning.secondsBefore']}
              onCommit={(n) => void save('warning.secondsBefore', { warning: { secondsBefore: n } })}
            />
          </div>
        )}
        <Toggle
          label="Show the break window on every display"
          checked={settings.breakWindow.allDisplays}
          onChange={(v) => save('breakWindow.allDisplays', { breakWindow: { allDisplays: v } })}
        />
      </fieldset>
    </>
  );
}
