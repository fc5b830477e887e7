// Renderer e2e harness: the built renderer in Debian's Chromium, with the real preload bundle
// installed in the page over a fake `electron` module whose ipcRenderer calls the real main-side
// services (real store files in a temp folder, injected clock) through a Playwright binding.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { preloadScript, serveRenderer } from '../support/rendererPage.ts';
import { makeClock, makeTempDir, startTestApp, type TestApp, type TestClock } from '../support/testServices.ts';

export const artifactsDir = path.join(path.resolve(import.meta.dirname, '../..'), 'artifacts');

export interface LimberFixture {
  app: TestApp;
  clock: TestClock;
  url: string;
  /**
   * Opens the app at a section with a fresh page; services (and their files) persist between calls.
   * The first-run flow is marked done first unless `firstRun: true` asks to see it.
   */
  open(section?: string, options?: { firstRun?: boolean }): Promise<Page>;
  /** Restarts the main-side services on the same data folder, as a relaunch would. */
  restart(): void;
  /** Sends an event from "main" to every open page. */
  emit(channel: string, payload: unknown): Promise<void>;
}

export const test = base.extend<{ limber: LimberFixture }, { server: { url: string } }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  limber: async ({ server, context, page }, use) => {
    const dataDir = makeTempDir('limber-e2e-');
    const clock = makeClock('2026-11-23T09:00:00Z');
    const pages = new Set<Page>([page]);
    const forward = (channel: string, payload: unknown) => {
      for (const p of pages) if (!p.isClosed()) void p.evaluate(([c, v]) => window.__limberEmit?.(c, v), [channel, payload] as const).catch(() => {});
    };
    let current = startTestApp(dataDir, clock, forward);
    await context.exposeBinding('__limberInvoke', (_source, channel: string, payload: unknown) => current.dispatch(channel, payload));
    await context.addInitScript({ content: preloadScript() });
    // Script errors and CSP refusals fail the test that caused them.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    const fixture: LimberFixture = {
      get app() {
        return current;
      },
      clock,
      url: server.url,
      async open(section = 'breaks', options = {}) {
        if (!options.firstRun && !current.services.onboarding.status().completed) current.services.onboarding.skip();
        await page.goto(`${server.url}#/${section}`);
        await expect(page.locator('h1')).toBeVisible();
        return page;
      },
      restart() {
        current = startTestApp(dataDir, clock, forward);
      },
      async emit(channel, payload) {
        forward(channel, payload);
      },
    };
    await use(fixture);
    expect(problems, 'errors in the page').toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

declare global {
  interface Window {
    __limberEmit?: (channel: string, payload: unknown) => void;
  }
}

/** axe over the whole page: zero violations, with the rule ids in the failure message. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export { expect };
