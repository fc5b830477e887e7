// Pain log flows: quick log, full form with edit and delete/undo, and the emergency panel.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

// The page's clock matches main's injected clock, so "now" in the form is the same instant.
const now = new Date('2026-11-23T09:00:00Z');

const where = (page: Page) => page.getByRole('group', { name: 'Where does it hurt?' });

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}

test('quick log: intensity and region in two clicks, Enter saves, Add details opens the full form', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  await limber.open('window/quick-log');
  await expect(page.getByRole('heading', { name: 'Quick pain log' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: '6', exact: true }).click();
  await page.getByRole('radio', { name: 'Lower back' }).click();
  await screenshot(page, 'pain-quick-log');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toHaveText('Saved: Lower back, 6 of 10.');
  const [saved] = limber.app.services.pain.recent(5);
  expect(saved).toMatchObject({ intensity: 6, regions: [{ region: 'lowerBack', side: 'centre' }], at: now.toISOString() });
  expect(limber.app.services.pain.count()).toBe(1);

  await page.getByRole('button', { name: 'Add details' }).click();
  await expect(page.getByRole('heading', { name: 'Pain entry details' })).toBeVisible();
  await expect(where(page).getByLabel('Lower back', { exact: true })).toBeChecked();
  await page.getByLabel('Stiffness').check();
  await page.getByLabel('Notes').fill('After a long afternoon at the laptop');
  await screenshot(page, 'pain-quick-log-details');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Details saved.');
  expect(limber.app.services.pain.count()).toBe(1);
  expect(limber.app.services.pain.recent(1)[0]).toMatchObject({ id: saved!.id, qualities: ['stiffness'], notes: 'After a long afternoon at the laptop' });
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
});

test('full form: save with details, edit, delete and undo; break context kept on the entry', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  limber.app.services.breakHistory.record([
    { type: 'completed', kind: 'micro', breakId: 'b1', at: '2026-11-23T08:00:00.000Z', covers: ['micro'] },
    { type: 'skipped', kind: 'stretch', breakId: 'b2', at: '2026-11-23T08:30:00.000Z', covers: ['stretch'] },
  ]);
  await limber.open('pain');
  await page.getByLabel('When').fill('2026-11-22T18:30');
  await page.getByRole('radio', { name: '5', exact: true }).click();
  await where(page).getByLabel('Neck', { exact: true }).check();
  await page.getByLabel('Side of Neck').selectOption('left');
  await page.getByLabel('Dull ache').check();
  await page.getByLabel('Long sitting').check();
  await page.getByLabel('Other triggers, separated by commas').fill('new chair');
  await page.getByLabel('Heat').check();
  await page.getByLabel('How much heat helped').selectOption('70');
  await page.getByLabel('Work', { exact: true }).selectOption('4');
  await expectNoAxeViolations(page);
  await page.getByRole('heading', { name: 'Pain log' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'pain-full-form');
  await page.getByRole('group', { name: /What did you try/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'pain-full-form-details');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').first()).toContainText('Entry saved.');
  const list = page.locator('.entry-list');
  await expect(list).toContainText('Neck');
  await expect(list).toContainText('2026-11-22 18:30');
  const [entry] = limber.app.services.pain.recent(1);
  expect(entry).toMatchObject({
    at: '2026-11-22T18:30:00.000Z',
    intensity: 5,
    regions: [{ region: 'neck', side: 'left' }],
    qualities: ['dullAche'],
    triggers: ['longSitting'],
    customTriggers: ['new chair'],
    relief: [{ method: 'heat', helpedPercent: 70 }],
    interference: { work: 4 },
    breakContext: { taken: 0, skipped: 0, postponed: 0 },
  });

  // Today's entry carries today's break context.
  await page.getByLabel('When').fill('2026-11-23T08:45');
  await where(page).getByLabel('Shoulders', { exact: true }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(list.locator('.entry-item')).toHaveCount(2);
  expect(limber.app.services.pain.recent(1)[0]!.breakContext).toEqual({ taken: 1, skipped: 1, postponed: 0 });

  await list.getByRole('button', { name: /^Edit Neck/ }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await page.getByRole('radio', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toContainText('Entry updated.');
  expect(limber.app.services.pain.range('2026-11-22', '2026-11-22')[0]).toMatchObject({ id: entry!.id, intensity: 7 });
  await page.getByRole('button', { name: 'Undo changes' }).click();
  await expect(page.getByRole('status').first()).toContainText('Changes undone.');
  expect(limber.app.services.pain.range('2026-11-22', '2026-11-22')[0]).toMatchObject({ id: entry!.id, intensity: 5 });
  await list.getByRole('button', { name: /^Edit Neck/ }).click();
  await page.getByRole('radio', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toContainText('Entry updated.');

  await list.getByRole('button', { name: /^Delete Neck/ }).click();
  await expect(list.locator('.entry-item')).toHaveCount(1);
  expect(limber.app.services.pain.count()).toBe(1);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.locator('.entry-item')).toHaveCount(2);
  expect(limber.app.services.pain.range('2026-11-22', '2026-11-22')[0]).toMatchObject({ id: entry!.id, intensity: 7 });
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
});

test('numbness in both legs with back pain shows the emergency panel and records the acknowledgement', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  await limber.open('pain');
  await where(page).getByLabel('Lower back', { exact: true }).check();
  await page.getByLabel('Numbness: Both legs').check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  const panel = page.getByRole('alertdialog', { name: 'Get medical help now' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Back pain with weakness, numbness or tingling in both legs');
  await expect(panel).toContainText('Call your local emergency number');
  await expect(panel).toContainText('not a diagnosis');
  // Escape does not dismiss it: only the explicit acknowledgement does.
  await page.keyboard.press('Escape');
  await expect(panel).toBeVisible();
  const [entry] = limber.app.services.pain.recent(1);
  expect(entry).toMatchObject({ flagsShown: ['back.bothLegs'], acknowledgedAt: null });
  await expectNoAxeViolations(page);
  await screenshot(page, 'pain-red-flag-light');
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'pain-red-flag-dark');
  await panel.getByRole('button', { name: 'I have read this' }).click();
  await expect(panel).toBeHidden();
  expect(limber.app.services.pain.recent(1)[0]!.acknowledgedAt).toBe(limber.clock.now().toISOString());
  await expect(page.locator('.entry-list')).toContainText('warning acknowledged');
});

test('a new strain after lifting shows general relief guidance', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  await limber.open('pain');
  await where(page).getByLabel('Lower back', { exact: true }).check();
  await page.getByLabel('Lifting').check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  const note = page.getByRole('complementary', { name: 'Looking after a new strain' });
  await expect(note).toContainText('first 48 hours');
  await expect(note).toContainText('as the label directs');
  expect(limber.app.services.pain.count()).toBe(1);
});

test('the daily check-in reminder is off by default and can be set to a time', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  await limber.open('pain');
  const card = page.getByRole('group', { name: 'Daily check-in' });
  const toggle = card.getByLabel('Remind me to log how my day went');
  await expect(toggle).not.toBeChecked();
  await card.getByLabel('At').fill('18:15');
  await toggle.check();
  await expect(card.getByRole('status')).toHaveText('Reminder set for 18:15 each day.');
  expect(limber.app.services.checkIn.get()).toEqual({ enabled: true, time: '18:15' });
  await expectNoAxeViolations(page);
});
