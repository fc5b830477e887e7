// Validates Electron accelerator strings ("CommandOrControl+Alt+B") for global shortcuts.
// Pure: main registers them; the settings schema rejects malformed ones before anything is saved.

const modifiers = new Set([
  'Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta',
]);
const namedKeys = new Set([
  'Plus', 'Space', 'Tab', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter', 'Up', 'Down', 'Left', 'Right',
  'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc',
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
]);

/** An empty string means "no shortcut". Otherwise: one or more modifiers, then exactly one key. */
export function acceleratorProblem(accelerator: string): string | undefined {
  if (accelerator === '') return undefined;
  if (accelerator.length > 60) return 'A shortcut is at most 60 characters';
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  if (parts.length === 0) return 'A shortcut needs at least one modifier, such as CommandOrControl or Alt';
  const unknown = parts.find((p) => !modifiers.has(p));
  if (unknown !== undefined) return `“${unknown}” is not a modifier key`;
  if (new Set(parts).size !== parts.length) return 'A modifier appears twice';
  if (!(/^[A-Z0-9]$/.test(key) || namedKeys.has(key))) return `“${key}” is not a key a shortcut can use`;
  return undefined;
}

export const shortcutActions = ['breakNow', 'pauseResume', 'quickLog'] as const;
export type ShortcutAction = (typeof shortcutActions)[number];
