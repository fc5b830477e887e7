// The Electron adapter with a stand-in `electron` module: windows open on a stretch break (shown
// without focus, on the cursor's display or every display) and are destroyed when it ends; power
// events reach the engine; notification buttons act on their break; the tray follows the status.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayState } from '../../../main/tray/trayMenu.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';

const fake = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  const power = new Map<string, () => void>();
  class FakeWindow {
    options: Record<string, unknown>;
    destroyed = false;
    shownInactive = false;
    url = '';
    readonly webContents = { id: Math.floor(Math.random() * 1e9) };
    #ready: Array<() => void> = [];
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    setAlwaysOnTop() {}
    once(event: string, fn: () => void) {
      if (event === 'ready-to-show') this.#ready.push(fn);
    }
    on() {}
    loadURL(url: string) {
      this.url = url;
      for (const fn of this.#ready) fn();
      return Promise.resolve();
    }
    showInactive() {
      this.shownInactive = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const displays = [
    { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } },
  ];
  const notifications = { supported: true };
  return { windows, power, FakeWindow, displays, notifications };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeWindow,
  Notification: Object.assign(
    function FakeNotification() {
      return { on() {}, show() {} };
    },
    { isSupported: () => fake.notifications.supported },
  ),
  nativeTheme: { shouldUseDarkColors: false },
  powerMonitor: { on: (event: string, fn: () => void) => fake.power.set(event, fn), getSystemIdleTime: () => 0 },
  screen: {
    getCursorScreenPoint: () => ({ x: 2000, y: 10 }),
    getDisplayNearestPoint: () => fake.displays[1],
    getAllDisplays: () => fake.displays,
  },
}));

const { wireBreaks } = await import('../../../main/breaks/wireBreaks.ts');

function wired() {
  const app = startTestApp(makeTempDir(), makeClock());
  const renders: Array<{ state: TrayState; icon: string | undefined }> = [];
  let notificationHandler: (breakId: string, action: 'done' | 'postpone' | 'skip') => void = () => {};
  const created: number[] = [];
  const stop = wireBreaks({
    services: app.services,
    preloadPath: '/app/preload/index.cjs',
    entryUrl: 'limber://app/index.html#/breaks',
    tray: { render: (state: TrayState, icon?: string) => renders.push({ state, icon }) } as never,
    trayIcon: (state) => `tray-${state}.png`,
    onWindowCreated: (win) => created.push(win.webContents.id),
    onNotificationAction: (h) => (notificationHandler = h),
  });
  return { app, renders, created, stop, act: (id: string, a: 'done' | 'postpone' | 'skip') => notificationHandler(id, a) };
}

beforeEach(() => {
  fake.notifications.supported = true;
  fake.windows.length = 0;
  fake.power.clear();
});

describe('wireBreaks', () => {
  it('opens the break window on the cursor display without focus and destroys it when the break ends', () => {
    const { app, created } = wired();
    app.clock.advance(61 * 60_000);
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win!.url).toBe('limber://app/index.html#/window/break');
    expect(win!.shownInactive).toBe(true);
    expect(win!.options).toMatchObject({ frame: false, alwaysOnTop: true, x: 1920 + (2560 - 760) / 2 });
    expect(created).toEqual([win!.webContents.id]);
    app.services.breaks.complete();
    expect(win!.destroyed).toBe(true);
  });

  it('opens one window per display when asked, and none for a posture check', async () => {
    const { app } = wired();
    await app.dispatch('settings:update', { breakWindow: { allDisplays: true } });
    app.clock.advance(20 * 60_000);
    expect(fake.windows).toHaveLength(0); // posture checks are notifications
    app.clock.advance(41 * 60_000);
    expect(fake.windows.map((w) => w.options.x)).toEqual([(1920 - 760) / 2, 1920 + (2560 - 760) / 2]);
    app.clock.advance(5 * 60_000); // the break runs out
    expect(fake.windows.every((w) => w.destroyed)).toBe(true);
  });

  it('shows a posture check in the break window where the system has no notifications', () => {
    fake.notifications.supported = false;
    const { app } = wired();
    app.clock.advance(20 * 60_000);
    expect(fake.windows).toHaveLength(1);
    app.clock.advance(30_000);
    expect(fake.windows[0]!.destroyed).toBe(true);
  });

  it('feeds power events to the engine and notification buttons to their break', () => {
    const { app, act } = wired();
    fake.power.get('lock-screen')!();
    expect(app.services.breaks.engine.state.locked).toBe(true);
    fake.power.get('unlock-screen')!();
    fake.power.get('suspend')!();
    expect(app.services.breaks.engine.state.asleep).toBe(true);
    fake.power.get('resume')!();
    expect(app.services.breaks.engine.state.asleep).toBe(false);
    app.clock.advance(20 * 60_000 + 10_000); // ten seconds into the first posture check
    const id = app.services.breaks.engine.state.activeBreak?.id;
    expect(id).toMatch(/^micro-/);
    act('other-break', 'skip');
    expect(app.services.breaks.engine.state.activeBreak?.id).toBe(id);
    act(id!, 'postpone');
    expect(app.services.breakHistory.all().filter((e) => e.type === 'postponed')).toHaveLength(1);
  });

  it('renders the tray with the icon of each state, and saves on stop', () => {
    const { app, renders, stop } = wired();
    expect(renders.at(-1)).toMatchObject({ icon: 'tray-running.png', state: { status: { mode: 'running' } } });
    app.services.breaks.pause({ kind: 'untilResumed' });
    expect(renders.at(-1)).toMatchObject({ icon: 'tray-paused.png', state: { status: { mode: 'paused' } } });
    stop();
    const again = startTestApp(app.dataDir, app.clock);
    expect(again.services.breaks.status().mode).toBe('paused');
  });
});
