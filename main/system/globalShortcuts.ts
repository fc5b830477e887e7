// Global shortcuts: none by default; each configured one is registered with the OS. A key another
// app already owns cannot be registered, and the user is told which one.
import type { ShortcutAction } from '../../shared/settings/accelerator.ts';

export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregisterAll(): void;
}

export function applyGlobalShortcuts(
  registry: GlobalShortcutLike,
  shortcuts: Record<ShortcutAction, string>,
  run: (action: ShortcutAction) => void,
): { failed: Array<{ action: ShortcutAction; accelerator: string }> } {
  registry.unregisterAll();
  const failed: Array<{ action: ShortcutAction; accelerator: string }> = [];
  for (const [action, accelerator] of Object.entries(shortcuts) as Array<[ShortcutAction, string]>) {
    if (!accelerator) continue;
    let ok = false;
    try {
      ok = registry.register(accelerator, () => run(action));
    } catch {
      ok = false; // Electron throws on accelerators it cannot parse on this platform
    }
    if (!ok) failed.push({ action, accelerator });
  }
  return { failed };
}
