import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

test('the help page lists emergency, same-day and routine signs with sources, in light and dark', async ({ limber }) => {
  const page = await limber.open('help');
  await expect(page.getByRole('heading', { name: 'When to get help', level: 1 })).toBeVisible();
  const emergency = page.getByRole('region', { name: 'Call your local emergency number now' });
  await expect(emergency).toContainText('losing control of your bladder or bowels');
  await expect(emergency).toContainText('Sources: NHS trust self-care pages');
  await expect(page.getByRole('region', { name: 'Get medical advice today' })).toContainText('38 °C');
  await expect(page.getByRole('region', { name: 'Book a routine appointment' })).toContainText('worried');
  await expect(page.getByRole('note')).toContainText('not a medical device');
  await expectNoAxeViolations(page);
  await screenshot(page, 'help-light');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page);
  await screenshot(page, 'help-dark');
});

test('About shows the disclaimer and links to the help page', async ({ limber }) => {
  const page = await limber.open('about');
  await expect(page.getByRole('note')).toContainText('Stop any exercise that causes pain, numbness or tingling');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'When to get help' }).last().click();
  await expect(page.getByRole('heading', { name: 'When to get help', level: 1 })).toBeVisible();
});
