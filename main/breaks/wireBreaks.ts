// Electron wiring for the break engine: power and lock events, idle time, notifications with
// actions, the break window (one per break, destroyed after it) and the tray's live state.
import { BrowserWindow, Notification, nativeTheme, powerMonitor, screen } from 'electron';
import type { PauseRequest } from '../../shared/scheduler/types.ts';
import type { AppServices } from '../services/appServices.ts';
import type { TrayController } from '../tray/tray.ts';
import { trayIconState } from '../tray/trayMenu.ts';
import type { TrayIconState } from '../tray/trayIcon.ts';
import { breakDisplays, breakWindowOptions } from './breakWindowOptions.ts';
import type { BreakAction, BreakNotification, BreaksEnvironment } from './breaksService.ts';
import { realTimers } from './timers.ts';

/** The engine's seams in the app: real clocks, timers, system idle time and OS notifications. */
export function electronBreakEnvironment(): { env: Omit<BreaksEnvironment, 'timeZone'>; onAction(handler: (breakId: string, action: BreakAction) => void): void } {
  let handler: (breakId: string, action: BreakAction) => void = () => {};
  const notify = (n: BreakNotification) => {
    if (!Notification.isSupported()) return;
    const note = new Notification({ title: n.title, body: n.body, silent: n.kind === 'posture', actions: n.actions.map((a) => ({ type: 'button' as const, text: a.label })) });
    note.on('action', (_event, index) => {
      const action = n.actions[index];
      if (action) handler(n.breakId, action.id);
    });
    note.show();
  };
  return {
    env: { monoNow: () => performance.now(), timers: realTimers, idleSeconds: () => powerMonitor.getSystemIdleTime(), notify },
    onAction: (h) => (handler = h),
  };
}

export interface WireBreaksDeps {
  services: AppServices;
  preloadPath: string;
  entryUrl: string;
  tray: TrayController;
  trayIcon(state: TrayIconState): string;
  onWindowCreated(window: BrowserWindow): void;
  onNotificationAction(handler: (breakId: string, action: BreakAction) => void): void;
}

export function wireBreaks(deps: WireBreaksDeps): () => void {
  const { services } = deps;
  const breaks = services.breaks;
  let windows: BrowserWindow[] = [];
  const close = () => {
    for (const w of windows) if (!w.isDestroyed()) w.destroy();
    windows = [];
  };
  const open = () => {
    close();
    const allDisplays = services.settings.get().breakWindow.allDisplays;
    const cursorDisplay = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    for (const display of breakDisplays(screen.getAllDisplays(), cursorDisplay, allDisplays)) {
      // Scanner exclusion: webPreferences come from secureWebPreferences(); tests/unit/breaks asserts them.
      const win = new BrowserWindow( // eng-disable AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
        breakWindowOptions({ preloadPath: deps.preloadPath, workArea: display.workArea, darkBackground: nativeTheme.shouldUseDarkColors }),
      );
      win.setAlwaysOnTop(true, 'screen-saver');
      deps.onWindowCreated(win);
      win.once('ready-to-show', () => win.showInactive());
      void win.loadURL(`${deps.entryUrl.split('#')[0]}#/window/break`);
      windows.push(win);
    }
  };
  breaks.onBreak(({ started, ended }) => {
    // Posture checks are notifications; where the system has none, the break window shows the cue.
    if (started && (started.kind === 'stretch' || !Notification.isSupported())) open();
    if (ended) close();
  });
  const render = () => {
    const status = breaks.status();
    deps.tray.render({ status, formatTime: (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) }, deps.trayIcon(trayIconState(status)));
  };
  breaks.onStatus(render);
  deps.onNotificationAction((breakId, action) => breaks.act(breakId, action));

  powerMonitor.on('suspend', () => breaks.system('suspend'));
  powerMonitor.on('resume', () => breaks.system('resume'));
  powerMonitor.on('lock-screen', () => breaks.system('lock'));
  powerMonitor.on('unlock-screen', () => breaks.system('unlock'));

  breaks.start();
  render();
  if (breaks.status().activeBreak?.kind === 'stretch') open(); // relaunched during a break
  return () => {
    breaks.stop();
    close();
  };
}

export type BreakAppAction = { type: 'breakNow' } | { type: 'pause'; request: PauseRequest } | { type: 'resume' } | { type: 'pauseResume' };

/** Tray and shortcut actions that belong to the break engine; a refused action (strict mode) is ignored. */
export function runBreakAction(services: AppServices, action: BreakAppAction): void {
  const breaks = services.breaks;
  try {
    if (action.type === 'breakNow') breaks.now();
    else if (action.type === 'pause') breaks.pause(action.request);
    else if (action.type === 'resume') breaks.resume();
    else if (breaks.status().mode === 'paused') breaks.resume();
    else breaks.pause({ kind: 'untilResumed' });
  } catch {
    // Not allowed right now (a break in progress in strict mode): nothing changes.
  }
}
