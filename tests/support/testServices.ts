// Builds the real main-side services over real store files in a temp folder, with an injected clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventChannel, EventPayload } from '../../shared/ipc/contract.ts';
import { createDispatcher } from '../../main/ipc/dispatcher.ts';
import { createAppServices, type AppServices } from '../../main/services/appServices.ts';
import { confFactoryFor } from '../../main/storage/confFactory.ts';

export function makeTempDir(prefix = 'limber-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestClock {
  now(): Date;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export function makeClock(start: Date | string = '2026-11-23T09:00:00Z'): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => (t = new Date(d).getTime()),
    advance: (ms) => (t += ms),
  };
}

export interface TestApp {
  dataDir: string;
  clock: TestClock;
  services: AppServices;
  dispatch: ReturnType<typeof createDispatcher>;
  events: Array<{ channel: EventChannel; payload: unknown }>;
  opened: string[];
}

export function startTestApp(
  dataDir = makeTempDir(),
  clock = makeClock(),
  onEvent: (channel: EventChannel, payload: unknown) => void = () => {},
): TestApp {
  const events: TestApp['events'] = [];
  const opened: string[] = [];
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
  });
  const dispatch = createDispatcher(services.handlers, { logError: () => {} });
  return { dataDir, clock, services, dispatch, events, opened };
}
