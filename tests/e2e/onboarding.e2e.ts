import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

test('the first run: disclaimer, preset, working hours and login, a posture check, then the app', async ({ limber }) => {
  const page = await limber.open('breaks', { firstRun: true });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome');
  await expect(page.getByText('not a medical device')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'first-run-welcome');
  const next = page.getByRole('button', { name: 'Continue' });
  await expect(next).toBeDisabled();
  await page.getByLabel('I understand Limber gives general guidance, not medical advice').check();
  await next.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your schedule');
  await expect(page.getByRole('radio', { name: /Standard/ })).toBeChecked();
  await page.getByRole('radio', { name: /Gentle/ }).check();
  await expectNoAxeViolations(page);
  await screenshot(page, 'first-run-schedule');
  await next.click();

  await page.getByRole('switch', { name: /Only remind me during working hours/ }).check();
  await page.getByRole('switch', { name: 'Start Limber when I log in' }).check();
  await next.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A first posture check');
  await page.getByRole('button', { name: /Start the 20-second check/ }).click();
  await expect(page.getByRole('timer')).toContainText('s');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const settings = JSON.parse(fs.readFileSync(path.join(limber.app.dataDir, 'settings.json'), 'utf8')).data;
  expect(settings.breaks.micro).toEqual({ enabled: true, intervalMin: 30, durationSec: 20 });
  expect(settings.breaks.stretch).toEqual({ enabled: true, intervalMin: 90, durationMin: 5 });
  expect(settings.workingHours.enabled).toBe(true);
  expect(settings.system.launchAtLogin).toBe(true);

  // Shown once: a reload goes straight to the app.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('the first run can be skipped, keeping the default schedule, and works by keyboard alone', async ({ limber }) => {
  const page = await limber.open('breaks', { firstRun: true });
  // Each step moves focus to its heading; keyboard use starts from there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/I understand/)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your schedule');
  await page.getByRole('button', { name: 'Skip setup' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  expect(limber.app.services.settings.get().breaks.micro.intervalMin).toBe(20);
  expect(limber.app.services.onboarding.status().completed).toBe(true);
});
