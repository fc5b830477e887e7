// Whole-app e2e with Playwright's _electron. Runs the unpackaged build (out/), because the packaged
// app has the EnableNodeCliInspectArguments fuse off and Playwright needs --inspect to attach.
// Skipped, with one line saying why, wherever no Electron binary exists.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { apiShape } from '../../shared/ipc/apiShape.ts';
// @ts-expect-error: plain ESM helper without types
import { locateElectron } from '../../scripts/electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const binary = locateElectron() as { path: string } | { missing: string };

test.skip('missing' in binary, `Electron e2e skipped: ${'missing' in binary ? binary.missing : ''}`);

async function launch(userData: string) {
  const app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: [root],
    env: { ...process.env, LIMBER_USER_DATA: userData },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
  return { app, window };
}

test('launch, change a setting, relaunch and see it kept', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-electron-'));
  const first = await launch(userData);
  // Isolation and sandbox as the page sees them: no Node, no require, only the named API.
  const page = await first.window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys(window.limber),
    origin: location.origin,
  }));
  expect(page).toEqual({ require: 'undefined', process: 'undefined', api: Object.keys(apiShape), origin: 'limber://app' });
  await first.window.getByRole('link', { name: 'Settings' }).click();
  const every = first.window.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every');
  await every.fill('50');
  await every.press('Enter');
  await expect(first.window.getByText('Saved.')).toBeVisible();
  await first.app.close();

  const second = await launch(userData);
  await second.window.getByRole('link', { name: 'Settings' }).click();
  await expect(second.window.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every')).toHaveValue('50');
  await second.app.close();
});
