import { apiShape } from '../../shared/ipc/apiShape.ts';
import { sectionTitles, sections } from '../../shared/sections.ts';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

test('every section is reachable from the navigation and passes axe in both themes', async ({ limber }) => {
  const page = await limber.open('breaks');
  for (const theme of ['light', 'dark'] as const) {
    await limber.app.dispatch('settings:update', { appearance: { theme } });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const section of sections) {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: sectionTitles[section] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(new RegExp(sectionTitles[section].split(' ')[0]!, 'i'));
      await expect(page.getByRole('link', { name: sectionTitles[section] })).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
      await screenshot(page, `${section}-${theme}`);
    }
  }
});

test('main can send the window to a section', async ({ limber }) => {
  const page = await limber.open('breaks');
  await limber.emit('app:navigate', 'settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('the page cannot reach a generic IPC channel', async ({ limber }) => {
  const page = await limber.open('breaks');
  const keys = await page.evaluate(() => Object.keys(window.limber));
  expect(keys).toEqual(Object.keys(apiShape));
  const hasGeneric = await page.evaluate(() => ['invoke', 'send', 'on', 'ipcRenderer'].some((k) => k in window.limber));
  expect(hasGeneric).toBe(false);
});
