// The break window and the Breaks screen in the built renderer, driven by the fake clock through
// the real main-side services (scheduler, timers, history files).
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

const MIN = 60_000;

type Fixture = Parameters<Parameters<typeof test>[2]>[0]['limber'];

/** 61 minutes of continuous activity: two posture checks, then the first stretch break is running. */
function reachStretchBreak(limber: Fixture) {
  limber.clock.advance(61 * MIN);
  expect(limber.app.services.breaks.status().activeBreak?.kind).toBe('stretch');
}

const outcomes = (limber: Fixture, type: string) => limber.app.services.breakHistory.all().filter((e) => e.type === type && e.kind === 'stretch');

async function openBreakWindow(limber: Fixture): Promise<Page> {
  const page = await limber.open('window/break');
  await expect(page.getByRole('heading', { level: 1, name: 'Stretch break' })).toBeVisible();
  return page;
}

test('a stretch break plays through its steps to Done', async ({ limber, page: fresh }) => {
  await fresh.clock.install();
  reachStretchBreak(limber);
  const page = await openBreakWindow(limber);
  const player = page.getByRole('region', { name: /^Player:/ });
  await expect(player.getByText(/^Step 1 of \d+$/)).toBeVisible();
  const total = Number((await player.getByText(/^Step 1 of \d+$/).textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  await expect(page.getByRole('button', { name: 'Postpone (2 left)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await screenshot(page, 'break-window-light');
  await expectNoAxeViolations(page);
  // The real window's size (BREAK_WINDOW_SIZE): everything must fit without scrolling.
  await page.setViewportSize({ width: 760, height: 600 });
  await expect(page.getByRole('button', { name: 'Done' })).toBeInViewport();
  await screenshot(page, 'break-window-actual-size');

  // Let the browser's clock run: the player counts each step down and moves on by itself.
  for (let step = 2; step <= total; step++) {
    for (let i = 0; i < 120 && !(await player.getByText(`Step ${step} of ${total}`).isVisible()); i++) await page.clock.runFor(1000);
    await expect(player.getByText(`Step ${step} of ${total}`)).toBeVisible();
  }
  for (let i = 0; i < 180 && (await player.getByText(/^Step \d+ of \d+$/).isVisible()); i++) await page.clock.runFor(1000);
  await expect(page.getByRole('heading', { level: 1, name: 'Break complete. Well done.' })).toBeVisible();
  expect(outcomes(limber, 'completed')).toHaveLength(1);
  expect(limber.app.services.breaks.status().mode).toBe('running');
});

test('Done ends the break at once and records it as taken', async ({ limber }) => {
  reachStretchBreak(limber);
  const page = await openBreakWindow(limber);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break complete. Well done.' })).toBeVisible();
  expect(outcomes(limber, 'completed')).toHaveLength(1);
});

test('Postpone moves the break by five minutes of activity, and the postpones run out', async ({ limber }) => {
  reachStretchBreak(limber);
  let page = await openBreakWindow(limber);
  await page.getByRole('button', { name: 'Postpone (2 left)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break postponed.' })).toBeVisible();
  expect(outcomes(limber, 'postponed')).toHaveLength(1);
  expect(limber.app.services.breaks.status().next).toEqual({ kind: 'stretch', inMs: 5 * MIN });

  limber.clock.advance(5 * MIN);
  page = await openBreakWindow(limber);
  await page.getByRole('button', { name: 'Postpone (1 left)' }).click();
  limber.clock.advance(5 * MIN);
  page = await openBreakWindow(limber);
  await expect(page.getByRole('button', { name: /Postpone/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  expect(outcomes(limber, 'postponed')).toHaveLength(2);
});

test('Skip records the break as skipped', async ({ limber }) => {
  reachStretchBreak(limber);
  const page = await openBreakWindow(limber);
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break skipped.' })).toBeVisible();
  expect(outcomes(limber, 'skipped')).toHaveLength(1);
  expect(limber.app.services.breaks.status().activeBreak).toBeNull();
});

test('strict mode hides Postpone and Skip; the emergency end is recorded', async ({ limber }) => {
  await limber.app.dispatch('settings:update', { strictMode: true, appearance: { theme: 'dark' } });
  reachStretchBreak(limber);
  const page = await openBreakWindow(limber);
  await expect(page.getByText('Strict mode is on: this break runs to the end.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Postpone/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Done' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exit' })).toBeHidden();
  await screenshot(page, 'break-window-strict-dark');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'End break (emergency)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break ended early.' })).toBeVisible();
  expect(outcomes(limber, 'endedEarly')).toHaveLength(1);
});

test('the Breaks screen shows the recorded outcomes for today and this week', async ({ limber }) => {
  reachStretchBreak(limber); // two posture checks taken
  await limber.app.dispatch('breaks:postpone', undefined);
  limber.clock.advance(5 * MIN);
  await limber.app.dispatch('breaks:skip', undefined);
  limber.clock.advance(2 * MIN);
  limber.clock.goIdle();
  limber.clock.advance(6 * MIN); // a natural stretch break
  limber.clock.active();
  limber.clock.advance(MIN);

  const page = await limber.open('breaks');
  const today = page.getByTestId('period-today');
  const stat = (label: string) => today.locator('.breaks-stat').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(stat('Taken')).toHaveText('2');
  await expect(stat('Skipped')).toHaveText('1');
  await expect(stat('Postponed')).toHaveText('1');
  await expect(stat('Natural')).toHaveText('2'); // the posture check and the stretch break, both natural
  // Posture checks count as breaks and a skipped break does not: the longest run went from the last
  // posture check, past the skipped stretch break, to the natural one (20 + 5 + 2 minutes).
  await expect(stat('Longest without a break')).toHaveText('27 min');
  await expect(page.getByTestId('period-this-week').locator('.breaks-stat dd').first()).toHaveText('2');
  const recent = page.getByTestId('recent-breaks').getByRole('listitem');
  await expect(recent.filter({ hasText: 'Skipped' })).toHaveCount(1);
  await expect(recent.filter({ hasText: 'Natural break' })).toHaveCount(2);
  await expect(page.getByTestId('next-break')).toHaveText(/^Posture check in \d+ min$/);
  await screenshot(page, 'breaks-screen-light');
  await expectNoAxeViolations(page);
  await page.getByRole('heading', { name: 'Recent breaks' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'breaks-screen-history-light');

  await page.getByLabel('Pause').selectOption('60');
  await page.getByRole('button', { name: 'Pause breaks' }).click();
  await expect(page.getByTestId('next-break')).toHaveText(/^Paused until /);
  await page.getByRole('button', { name: 'Resume breaks' }).click();
  await expect(page.getByTestId('next-break')).toHaveText(/^Posture check in/);

  await limber.app.dispatch('settings:update', { appearance: { theme: 'dark' } });
  await page.reload();
  await expect(stat('Taken')).toHaveText('2');
  await screenshot(page, 'breaks-screen-dark');
  await expectNoAxeViolations(page);
});

test('break settings: working-hours ranges per weekday, validated in main', async ({ limber }) => {
  const page = await limber.open('settings');
  const hours = page.getByRole('group', { name: 'Working hours' });
  await hours.getByRole('switch', { name: 'Only remind me during working hours' }).check();
  const saturday = hours.getByRole('group', { name: 'Saturday' });
  await expect(saturday.getByText('No breaks')).toBeVisible();
  await saturday.getByRole('button', { name: 'Add range on Saturday' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(limber.app.services.settings.get().workingHours.days.sat).toEqual([{ start: '09:00', end: '17:30' }]);

  // A second Monday range, then an end before its start: refused, shown beside the day, nothing saved.
  const monday = hours.getByRole('group', { name: 'Monday' });
  await monday.getByRole('button', { name: 'Add range on Monday' }).click();
  await expect.poll(() => limber.app.services.settings.get().workingHours.days.mon).toEqual([
    { start: '09:00', end: '17:30' },
    { start: '18:00', end: '19:00' },
  ]);
  const until = monday.getByLabel('Monday, range 2, until');
  await until.fill('07:00');
  await until.blur();
  await expect(monday.getByRole('alert')).toHaveText('A range must end after it starts');
  expect(limber.app.services.settings.get().workingHours.days.mon).toHaveLength(2);
  expect(limber.app.services.settings.get().workingHours.days.mon[1]).toEqual({ start: '18:00', end: '19:00' });
  await monday.getByRole('button', { name: 'Remove Monday range 2' }).click();
  await expect.poll(() => limber.app.services.settings.get().workingHours.days.mon).toEqual([{ start: '09:00', end: '17:30' }]);

  const behave = page.getByRole('group', { name: 'How breaks behave' });
  await behave.getByRole('switch', { name: 'Strict mode: no postpone or skip' }).check();
  await expect.poll(() => limber.app.services.settings.get().strictMode).toBe(true);
  await hours.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-working-hours-light');
  await expectNoAxeViolations(page);
});

test('a posture check in the break window shows its cue and one exercise', async ({ limber }) => {
  limber.clock.advance(20 * MIN);
  expect(limber.app.services.breaks.status().activeBreak?.kind).toBe('micro');
  const page = await limber.open('window/break');
  await expect(page.getByRole('heading', { level: 1, name: 'Posture check' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Player:/ }).getByText('Step 1 of 1')).toBeVisible();
  await page.setViewportSize({ width: 760, height: 600 });
  await screenshot(page, 'break-window-posture-check');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break complete. Well done.' })).toBeVisible();
  expect(limber.app.services.breakHistory.all().filter((e) => e.type === 'completed' && e.kind === 'micro')).toHaveLength(1);
});
