import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './harness.ts';

const settingsFile = (dir: string) => path.join(dir, 'settings.json');

test('a changed setting reaches the file on disk and survives a reload and a restart', async ({ limber }) => {
  const page = await limber.open('settings');
  const stretchEvery = page.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every');
  await expect(stretchEvery).toHaveValue('60');
  await stretchEvery.fill('45');
  await stretchEvery.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const onDisk = JSON.parse(fs.readFileSync(settingsFile(limber.app.dataDir), 'utf8'));
  expect(onDisk).toMatchObject({ schemaVersion: 1, data: { breaks: { stretch: { intervalMin: 45 } } } });

  await page.reload();
  await expect(page.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every')).toHaveValue('45');

  limber.restart();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every')).toHaveValue('45');
});

test('an out-of-range value shows an error and the file stays byte-for-byte', async ({ limber }) => {
  const page = await limber.open('settings');
  await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const before = fs.readFileSync(settingsFile(limber.app.dataDir));

  const microEvery = page.getByRole('group', { name: 'Posture checks' }).getByLabel('Every');
  await microEvery.fill('500');
  await microEvery.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Posture check interval must be at most 120');
  await expect(microEvery).toHaveAttribute('aria-invalid', 'true');
  expect(fs.readFileSync(settingsFile(limber.app.dataDir)).equals(before)).toBe(true);

  await microEvery.fill('25');
  await microEvery.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(JSON.parse(fs.readFileSync(settingsFile(limber.app.dataDir), 'utf8')).data.breaks.micro.intervalMin).toBe(25);
});

test('the theme follows the setting', async ({ limber }) => {
  const page = await limber.open('settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'settings-dark');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await screenshot(page, 'settings-light');
});

test('a damaged settings file is set aside and the user is told', async ({ limber }) => {
  fs.writeFileSync(settingsFile(limber.app.dataDir), '{"schemaVersion":1,"data":');
  limber.restart();
  const page = await limber.open('settings');
  await expect(page.getByText('Your settings file could not be read')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Your settings file could not be read')).toHaveCount(0);
});

test('shortcuts are recorded by pressing them, cleared with Backspace, and duplicates are refused', async ({ limber }) => {
  const page = await limber.open('settings');
  const quickLog = page.getByLabel('Quick pain log');
  await expect(quickLog).toHaveValue('None');
  await quickLog.focus();
  await page.keyboard.press('Control+Alt+KeyL');
  await expect(quickLog).toHaveValue('CommandOrControl+Alt+L');
  expect(JSON.parse(fs.readFileSync(settingsFile(limber.app.dataDir), 'utf8')).data.system.shortcuts.quickLog).toBe('CommandOrControl+Alt+L');

  const breakNow = page.getByLabel('Take a break now');
  await breakNow.focus();
  await page.keyboard.press('Control+Alt+KeyL');
  await expect(page.getByRole('alert')).toHaveText('CommandOrControl+Alt+L is already used for another shortcut');
  await expect(breakNow).toHaveValue('None');

  await quickLog.focus();
  await page.keyboard.press('Backspace');
  await expect(quickLog).toHaveValue('None');
  await page.getByRole('switch', { name: 'Start Limber when I log in' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(JSON.parse(fs.readFileSync(settingsFile(limber.app.dataDir), 'utf8')).data.system).toEqual({
    launchAtLogin: true,
    shortcuts: { breakNow: '', pauseResume: '', quickLog: '' },
  });
});

test('settings can be reset to defaults after a confirmation, and the welcome shown again', async ({ limber }) => {
  const page = await limber.open('settings');
  const every = page.getByRole('group', { name: 'Stretch breaks' }).getByLabel('Every');
  await every.fill('90');
  await every.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset settings…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(every).toHaveValue('90');
  await page.getByRole('button', { name: 'Reset settings…' }).click();
  await page.getByRole('button', { name: 'Yes, reset settings' }).click();
  await expect(page.getByRole('status').first()).toHaveText('All settings are back to their defaults.');
  await expect(every).toHaveValue('60');
  await page.getByRole('button', { name: 'Show the welcome again' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The welcome will show the next time Limber opens.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome');
});

test('settings hold every group: sound, pain-log reminder and the pain log backup', async ({ limber }) => {
  const page = await limber.open('settings');
  for (const group of ['Posture checks', 'Stretch breaks', 'Working hours', 'How breaks behave', 'Start-up', 'Keyboard shortcuts', 'Appearance', 'Sound', 'Daily check-in', 'Your data']) {
    await expect(page.getByRole('group', { name: group })).toBeVisible();
  }
  await page.getByRole('switch', { name: 'Play a soft chime at each step of a stretch' }).check();
  await expect(page.getByRole('status').first()).toHaveText('Saved.');
  expect(JSON.parse(fs.readFileSync(path.join(limber.app.dataDir, 'guide.json'), 'utf8')).data.sound).toBe(true);

  await page.getByLabel('Remind me to log how my day went').check();
  await expect(page.getByText('Reminder set for 17:30 each day.')).toBeVisible();

  await page.getByRole('button', { name: 'Back up the pain log (JSON)' }).click();
  await expect(page.getByRole('status').first()).toContainText('Backup saved with 0 entries');
  expect(fs.readdirSync(path.join(limber.app.dataDir, 'exports')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Nothing imported.');
  await screenshot(page, 'settings-data-light');
});
