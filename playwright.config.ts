import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (the browser CDN is out of reach here).
export const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'renderer',
      testMatch: /e2e\/.*\.e2e\.ts$/,
      use: {
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
        },
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.e2e\.ts$/ },
  ],
});
