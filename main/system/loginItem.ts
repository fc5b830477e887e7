// Launch at login. Windows and macOS: Electron's setLoginItemSettings. Linux has no such API, so
// we write (or remove) an XDG autostart entry: $XDG_CONFIG_HOME/autostart/limber.desktop.
import fs from 'node:fs';
import path from 'node:path';

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  /** The binary to start: the AppImage when running from one, else the executable. */
  execPath: string;
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

/** Started from login, Limber stays in the tray instead of opening its window. */
export const LOGIN_ARGS = ['--hidden'];

export function linuxAutostartFile(env: LoginItemDeps['env'], homeDir: string): string {
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(homeDir, '.config');
  return path.join(configHome, 'autostart', 'limber.desktop');
}

/** Quotes an Exec argument per the Desktop Entry spec. */
function quoteExec(arg: string): string {
  return /[\s"'\\$`]/.test(arg) ? `"${arg.replace(/(["`$\\])/g, '\\$1')}"` : arg;
}

export function autostartDesktopEntry(execPath: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    'Comment=Posture checks, stretch breaks and a private pain log',
    `Exec=${[execPath, ...LOGIN_ARGS].map(quoteExec).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function applyLaunchAtLogin(enabled: boolean, deps: LoginItemDeps): void {
  if (deps.platform !== 'linux') {
    deps.setLoginItemSettings({ openAtLogin: enabled, args: LOGIN_ARGS });
    return;
  }
  const file = linuxAutostartFile(deps.env, deps.homeDir);
  if (enabled) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, autostartDesktopEntry(deps.env.APPIMAGE ?? deps.execPath), { mode: 0o644 });
  } else {
    fs.rmSync(file, { force: true });
  }
}
