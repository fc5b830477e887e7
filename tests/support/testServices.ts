// Builds the real main-side services over real store files in a temp folder, with an injected clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventChannel, EventPayload } from '../../shared/ipc/contract.ts';
import { createDispatcher } from '../../main/ipc/dispatcher.ts';
import type { BreakNotification } from '../../main/breaks/breaksService.ts';
import type { TimerApi } from '../../main/breaks/timers.ts';
import { createAppServices, type AppServices } from '../../main/services/appServices.ts';
import { confFactoryFor } from '../../main/storage/confFactory.ts';
import type { FileDialogs } from '../../main/pain/files.ts';

export function makeTempDir(prefix = 'limber-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestClock {
  now(): Date;
  /** Sets the wall clock only (a wall-clock jump); the monotonic clock does not move. */
  set(date: Date | string): void;
  /** Advances wall and monotonic time together, firing due fake timers in order. */
  advance(ms: number): void;
  monoNow(): number;
  timers: TimerApi;
  /** The user stops touching input at this moment (`active()` ends it); idleSeconds() follows. */
  goIdle(): void;
  active(): void;
  idleSeconds(): number;
  /** Timer callbacks fired so far. */
  fired(): number;
}

export function makeClock(start: Date | string = '2026-11-23T09:00:00Z'): TestClock {
  let t = new Date(start).getTime();
  let mono = 1_000_000;
  let idleSince: number | undefined;
  let nextHandle = 1;
  let fired = 0;
  const pending = new Map<number, { at: number; seq: number; fn: () => void }>();
  const move = (to: number) => {
    t += to - mono;
    mono = to;
  };
  return {
    now: () => new Date(t),
    set: (d) => (t = new Date(d).getTime()),
    advance(ms) {
      const target = mono + ms;
      for (;;) {
        let due: [number, { at: number; seq: number; fn: () => void }] | undefined;
        for (const entry of pending) if (entry[1].at <= target && (!due || entry[1].at < due[1].at || (entry[1].at === due[1].at && entry[1].seq < due[1].seq))) due = entry;
        if (!due) break;
        pending.delete(due[0]);
        move(Math.max(mono, due[1].at));
        fired++;
        due[1].fn();
      }
      move(target);
    },
    monoNow: () => mono,
    timers: {
      setTimeout(fn, ms) {
        const handle = nextHandle++;
        pending.set(handle, { at: mono + Math.max(0, ms), seq: handle, fn });
        return handle;
      },
      clearTimeout: (handle) => void pending.delete(handle as number),
    },
    goIdle: () => (idleSince = mono),
    active: () => (idleSince = undefined),
    idleSeconds: () => (idleSince === undefined ? 0 : Math.floor((mono - idleSince) / 1000)),
    fired: () => fired,
  };
}

/** Exports land in `<dataDir>/exports/`; an import reads `<dataDir>/import.json` (absent = cancelled). */
export function testFileDialogs(dataDir: string): FileDialogs {
  return {
    async save(name, content) {
      const file = path.join(dataDir, 'exports', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      return file;
    },
    async open() {
      const file = path.join(dataDir, 'import.json');
      return fs.existsSync(file) ? { name: 'import.json', content: fs.readFileSync(file, 'utf8') } : null;
    },
  };
}

const runningOn = new WeakMap<TestClock, AppServices>();

export interface TestApp {
  dataDir: string;
  clock: TestClock;
  services: AppServices;
  dispatch: ReturnType<typeof createDispatcher>;
  events: Array<{ channel: EventChannel; payload: unknown }>;
  opened: string[];
  notifications: BreakNotification[];
}

export function startTestApp(
  dataDir = makeTempDir(),
  clock = makeClock(),
  onEvent: (channel: EventChannel, payload: unknown) => void = () => {},
): TestApp {
  const events: TestApp['events'] = [];
  const opened: string[] = [];
  const notifications: BreakNotification[] = [];
  const services = createAppServices({
    dataDir,
    confFactory: confFactoryFor(dataDir),
    appVersion: '0.0.0-test',
    platform: process.platform,
    now: clock.now,
    openExternal: async (url) => void opened.push(url),
    broadcast: <C extends EventChannel>(channel: C, payload: EventPayload<C>) => {
      events.push({ channel, payload });
      onEvent(channel, payload);
    },
    monoNow: clock.monoNow,
    timers: clock.timers,
    idleSeconds: clock.idleSeconds,
    notify: (n) => void notifications.push(n),
    timeZone: 'UTC',
    files: testFileDialogs(dataDir),
  });
  // A relaunch on the same clock: the previous run's timers stop (call breaks.stop() first to save on quit).
  runningOn.get(clock)?.breaks.engine.disarm();
  runningOn.set(clock, services);
  services.breaks.start();
  const dispatch = createDispatcher(services.handlers, { logError: () => {} });
  return { dataDir, clock, services, dispatch, events, opened, notifications };
}
