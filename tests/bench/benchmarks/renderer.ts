// renderer.bundleGzipKB: the main window's JS and CSS before its first screen, gzipped (totalGzipKB:
// every screen's code, loaded on first visit). renderer.firstRenderMs: median of 5
// cold loads in headless Chromium, navigation start to the first screen's heading being visible.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../../playwright.config.ts';
import { preloadScript, serveRenderer } from '../../support/rendererPage.ts';
import { startTestApp } from '../../support/testServices.ts';
import { median, round, type Benchmark } from '../types.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const gzipBytes = (assets: string[]) =>
  assets.reduce((sum, asset) => sum + zlib.gzipSync(fs.readFileSync(path.join(root, 'out/renderer', asset)), { level: 9 }).length, 0);

/** What the main window loads before its first screen: the JS and CSS index.html references. */
export function bundleGzipBytes(): number {
  const html = fs.readFileSync(path.join(root, 'out/renderer/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  if (assets.length === 0) throw new Error('no assets referenced by out/renderer/index.html');
  return gzipBytes(assets);
}

/** Every JS and CSS file of the renderer, including the screens loaded on first visit. */
export function totalGzipBytes(): number {
  const dir = path.join(root, 'out/renderer/assets');
  return gzipBytes(fs.readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`));
}

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export const rendererBenchmark: Benchmark = {
  name: 'renderer',
  async run() {
    const server = await serveRenderer();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const app = startTestApp();
    app.services.onboarding.skip();
    const times: number[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.exposeBinding('__limberInvoke', (_s, channel: string, payload: unknown) => app.dispatch(channel, payload));
        await context.addInitScript({ content: preloadScript() });
        // Timed in the page, not by Playwright's polling: the first frame after the heading exists.
        await context.addInitScript(() => {
          const seen = new MutationObserver(() => {
            if (!document.querySelector('h1')) return;
            seen.disconnect();
            requestAnimationFrame(() => ((window as unknown as { __firstRender: number }).__firstRender = performance.now()));
          });
          seen.observe(document, { childList: true, subtree: true });
        });
        const page = await context.newPage();
        await page.goto(`${server.url}#/breaks`);
        await page.locator('h1').first().waitFor({ state: 'visible' });
        await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined);
        times.push(await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return {
      'renderer.bundleGzipKB': { value: round(bundleGzipBytes() / 1024), unit: 'KiB' },
      'renderer.totalGzipKB': { value: round(totalGzipBytes() / 1024), unit: 'KiB' },
      'renderer.firstRenderMs': { value: round(median(times), 1), unit: 'ms' },
    };
  },
};
