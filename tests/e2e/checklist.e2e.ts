import type { Page } from '@playwright/test';
import { checklistItems } from '../../shared/checklist/items.ts';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

const day = 86_400_000;

async function answer(page: Page, id: string, label: 'Yes' | 'No' | 'Not applicable') {
  await page.locator(`fieldset[data-item="${id}"]`).getByRole('radio', { name: label, exact: true }).check();
}

test('a completed check shows its score and the fix for each "no"; a later check compares with it', async ({ limber }) => {
  const page = await limber.open('checklist');
  await expect(page.getByText('You have not checked your workstation yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();

  const noIds = ['monitor-height', 'chair-lumbar'];
  for (const item of checklistItems) {
    await answer(page, item.id, noIds.includes(item.id) ? 'No' : item.group === 'driving' ? 'Not applicable' : 'Yes');
  }
  const monitorFix = checklistItems.find((i) => i.id === 'monitor-height')!.fix;
  await expect(page.locator('fieldset[data-item="monitor-height"]')).toContainText(monitorFix);
  await expect(page.getByText(`${checklistItems.length} of ${checklistItems.length} answered`)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'checklist-form-light');
  await page.getByRole('button', { name: 'Save this check' }).click();

  const applicable = checklistItems.filter((i) => i.group !== 'driving').length;
  const firstScore = Math.round(((applicable - 2) * 100) / applicable);
  await expect(page.locator('.score-number')).toHaveText(`${firstScore}%`);
  await expect(page.getByRole('heading', { name: 'What to fix (2)' })).toBeVisible();
  for (const id of noIds) {
    await expect(page.locator(`.fix-list li[data-item="${id}"]`)).toContainText(checklistItems.find((i) => i.id === id)!.fix);
  }
  await expect(page.getByText(/Next check due on December 23, 2026/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'All answers' })).toBeHidden();
  await expectNoAxeViolations(page);
  await screenshot(page, 'checklist-light');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page);
  await screenshot(page, 'checklist-dark');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'All answers' })).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await screenshot(page, 'checklist-print');
  await page.emulateMedia({ media: 'screen' });

  // A month later the app reminds the user at start-up, and the next check compares with this one.
  limber.clock.set(new Date(Date.parse('2026-11-23T09:00:00Z') + 31 * day));
  limber.restart();
  await page.reload();
  await expect(page.getByText('Time to re-check your workstation')).toBeVisible();
  await expect(page.getByText(/A re-check was due on December 23, 2026/)).toBeVisible();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.locator('fieldset[data-item="monitor-height"]').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await answer(page, 'monitor-height', 'Yes');
  await answer(page, 'desk-reach', 'No');
  await answer(page, 'habits-eyes', 'No');
  await page.getByRole('button', { name: 'Save this check' }).click();

  const secondScore = Math.round(((applicable - 3) * 100) / applicable);
  const compare = page.getByRole('group', { name: 'Compared with your previous check' });
  await expect(compare).toContainText('Compared with November 23, 2026');
  await expect(compare).toContainText(`Down ${firstScore - secondScore} points (was ${firstScore}%)`);
  const question = (id: string) => checklistItems.find((i) => i.id === id)!.question;
  await expect(compare.getByRole('heading', { name: 'Fixed since then' })).toBeVisible();
  await expect(compare.getByRole('list').first().getByRole('listitem')).toHaveText([question('monitor-height')]);
  await expect(compare.getByRole('heading', { name: 'New since then' })).toBeVisible();
  await expect(compare.getByRole('list').nth(1).getByRole('listitem')).toHaveText([question('desk-reach'), question('habits-eyes')]);
  await expect(page.getByRole('heading', { name: 'What to fix (3)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Earlier checks' })).toBeVisible();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await compare.evaluate((el) => el.scrollIntoView());
  await expectNoAxeViolations(page);
  await screenshot(page, 'checklist-compare-dark');
});

test('the re-check interval is configurable and a bad value shows an error', async ({ limber }) => {
  const page = await limber.open('checklist');
  const every = page.getByLabel('Remind me to re-check every');
  await every.fill('400');
  await every.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Re-check interval must be at most 365 days');
  await every.fill('14');
  await every.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(limber.app.services.checklist.get().recheckDays).toBe(14);
});
