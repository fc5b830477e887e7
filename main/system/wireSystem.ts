// Electron wiring for start-up and global shortcuts; re-applied only when those settings change.
import os from 'node:os';
import { app, globalShortcut } from 'electron';
import type { ShortcutAction } from '../../shared/settings/accelerator.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import type { NoticeService } from '../services/noticeService.ts';
import type { SettingsService } from '../services/settingsService.ts';
import { applyGlobalShortcuts } from './globalShortcuts.ts';
import { applyLaunchAtLogin } from './loginItem.ts';

export function wireSystem(settings: SettingsService, notices: NoticeService, runShortcut: (action: ShortcutAction) => void): void {
  let last: Settings['system'] | undefined;
  const apply = (system: Settings['system']) => {
    if (last?.launchAtLogin !== system.launchAtLogin) {
      try {
        applyLaunchAtLogin(system.launchAtLogin, {
          platform: process.platform,
          env: process.env,
          homeDir: os.homedir(),
          execPath: process.execPath,
          setLoginItemSettings: (s) => app.setLoginItemSettings(s),
        });
      } catch (error) {
        notices.add({ id: 'login-item', level: 'warning', title: 'Start at login could not be changed', message: String(error) });
      }
    }
    if (JSON.stringify(last?.shortcuts) !== JSON.stringify(system.shortcuts)) {
      const { failed } = applyGlobalShortcuts(globalShortcut, system.shortcuts, runShortcut);
      if (failed.length > 0) {
        notices.add({
          id: 'shortcuts',
          level: 'warning',
          title: 'A shortcut is taken',
          message: `Another app already uses ${failed.map((f) => f.accelerator).join(', ')}. Choose another key in Settings.`,
        });
      }
    }
    last = system;
  };
  apply(settings.get().system);
  settings.onChange((s) => apply(s.system));
  app.on('will-quit', () => globalShortcut.unregisterAll());
}
