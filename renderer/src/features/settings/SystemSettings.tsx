import { useId, useState } from 'react';
import type { RequestInput } from '../../../../shared/ipc/contract.ts';
import type { ShortcutAction } from '../../../../shared/settings/accelerator.ts';
import type { Settings } from '../../../../shared/settings/schema.ts';
import { Toggle } from '../../ui/Toggle.tsx';
import { acceleratorFromKey } from './acceleratorFromKey.ts';

const shortcutLabels: Record<ShortcutAction, string> = {
  breakNow: 'Take a break now',
  pauseResume: 'Pause or resume breaks',
  quickLog: 'Quick pain log',
};

type Save = (field: string, patch: RequestInput<'settings:update'>) => Promise<boolean>;

/** Start-up and global shortcuts. Shortcuts are recorded by pressing them; none are set by default. */
export function SystemSettings({ settings, errors, save }: { settings: Settings; errors: Record<string, string>; save: Save }) {
  return (
    <>
      <fieldset className="card">
        <legend>Start-up</legend>
        <Toggle
          label="Start Limber when I log in"
          checked={settings.system.launchAtLogin}
          onChange={(v) => save('system.launchAtLogin', { system: { launchAtLogin: v } })}
        />
        <p className="hint">Limber starts quietly in the tray; its window stays closed.</p>
      </fieldset>
      <fieldset className="card">
        <legend>Keyboard shortcuts</legend>
        <p className="hint">These work from any app. Click a box and press the keys; Backspace clears it.</p>
        <div className="field-grid">
          {(Object.keys(shortcutLabels) as ShortcutAction[]).map((action) => (
            <ShortcutField
              key={action}
              label={shortcutLabels[action]}
              value={settings.system.shortcuts[action]}
              error={errors[`shortcut.${action}`]}
              onCommit={(accelerator) => void save(`shortcut.${action}`, { system: { shortcuts: { [action]: accelerator } } })}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}

function ShortcutField({ label, value, error, onCommit }: { label: string; value: string; error?: string | undefined; onCommit(a: string): void }) {
  const id = useId();
  const [pending, setPending] = useState<string>();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        readOnly
        className="shortcut-input"
        value={pending ?? (value || 'None')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Tab') return;
          e.preventDefault();
          if (e.key === 'Backspace' || e.key === 'Delete') {
            setPending(undefined);
            onCommit('');
            return;
          }
          const accelerator = acceleratorFromKey(e.nativeEvent);
          if (accelerator) {
            setPending(undefined);
            onCommit(accelerator);
          } else setPending('Press a key with a modifier…');
        }}
        onBlur={() => setPending(undefined)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
