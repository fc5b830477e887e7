import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { exercises } from '../../shared/stretches/library.ts';
import { expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

const guideOnDisk = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'guide.json'), 'utf8')).data;

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}

test('every exercise has an illustration with alt text, and filtering by neck shows only neck items', async ({ limber }) => {
  const page = await limber.open('guide');
  const cards = page.getByTestId('exercise-card');
  await expect(cards).toHaveCount(exercises.length);
  for (const e of exercises) {
    const figure = page.locator(`svg.exercise-figure[data-exercise="${e.id}"]`);
    await expect(figure).toHaveAttribute('aria-label', e.alt);
    const box = await figure.boundingBox();
    expect(box?.width).toBe(120);
    expect(await figure.locator('path').count()).toBeGreaterThan(4);
  }
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-light');
  await page.getByRole('heading', { name: 'Exercises' }).evaluate((el) => el.scrollIntoView());
  await screenshot(page, 'guide-exercises-light');

  await page.getByLabel('Body area').selectOption('neck');
  const neckCount = exercises.filter((e) => e.targets.includes('neck')).length;
  await expect(cards).toHaveCount(neckCount);
  for (const targets of await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-targets') ?? ''))) {
    expect(targets.split(' ')).toContain('neck');
  }
  await page.getByLabel('Position').selectOption('floor');
  await expect(cards).toHaveCount(exercises.filter((e) => e.targets.includes('neck') && e.position === 'floor').length);
  await page.getByLabel('Position').selectOption('');
  await page.getByLabel('Search by name').fill('chin');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Chin tuck');

  await setTheme(page, 'dark');
  await page.getByLabel('Search by name').fill('');
  await page.getByLabel('Body area').selectOption('');
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-dark');
  await cards.nth(16).evaluate((el) => el.scrollIntoView());
  await screenshot(page, 'guide-exercises-dark');
});

test('the detail view shows steps, dose, cautions and sources, and favourites persist', async ({ limber }) => {
  const page = await limber.open('guide');
  await page.getByRole('button', { name: 'Favourite: Side neck stretch' }).click();
  await expect(page.getByRole('button', { name: 'Favourite: Side neck stretch' })).toHaveAttribute('aria-pressed', 'true');
  expect(guideOnDisk(limber.app.dataDir).favourites).toEqual(['side-neck-stretch']);

  await page.getByRole('button', { name: 'Side neck stretch', exact: true }).click();
  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { name: 'Side neck stretch' })).toBeVisible();
  await expect(detail.getByRole('img')).toHaveAttribute('aria-label', /tilting the head/);
  await expect(detail.getByText('20 s, each side')).toBeVisible();
  await expect(detail.getByText('Posture checks, Desk stretch breaks')).toBeVisible();
  await expect(detail.getByRole('note', { name: 'Cautions' })).toContainText('Stop if it brings new pain');
  await expect(detail.getByText('Mayo Clinic: office stretches')).toBeVisible();
  await expect(detail.getByRole('button', { name: '★ In favourites' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-detail-light');
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-detail-dark');

  await page.reload();
  await page.getByLabel('Favourites only').check();
  await expect(page.getByTestId('exercise-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Play your favourites' }).click();
  const player = page.getByRole('region', { name: 'Player: Your favourites' });
  await expect(player.getByText('Step 1 of 2')).toBeVisible();
  await expect(player.getByRole('heading', { name: /Side neck stretch/ })).toContainText('Left side');
});

test('a routine plays to the end by keyboard alone', async ({ limber }) => {
  const page = await limber.open('guide');
  const play = page.getByRole('button', { name: 'Play 2-minute neck and shoulders' });
  await play.focus();
  await page.keyboard.press('Enter');
  const player = page.getByRole('region', { name: 'Player: 2-minute neck and shoulders' });
  await expect(player).toBeFocused();
  await expect(player.getByText('Step 1 of 6')).toBeVisible();
  await expect(player.getByRole('heading', { name: 'Chin tuck' })).toBeVisible();
  await expect(player.getByText('Next up: Neck rotation (left)')).toBeVisible();

  await page.keyboard.press('Space');
  await expect(player.getByText('Paused', { exact: true })).toBeVisible();
  await expect(player.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-player-light');
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
  await screenshot(page, 'guide-player-dark');
  await setTheme(page, 'light');
  await page.keyboard.press('Space');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(player.getByText('Step 2 of 6')).toBeVisible();
  await expect(player.getByText('Left side')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(player.getByText('Step 1 of 6')).toBeVisible();
  for (let step = 2; step <= 6; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(player.getByText(`Step ${step} of 6`)).toBeVisible();
  }
  await expect(player.getByText('Last step')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('You finished 2-minute neck and shoulders.')).toBeVisible();
});

test('the player shows the full steps on request, and Esc leaves it for the guide', async ({ limber }) => {
  const page = await limber.open('guide');
  await page.getByRole('button', { name: 'Play 1-minute posture reset' }).click();
  const player = page.getByRole('region', { name: /Player/ });
  await expect(player).toBeFocused();
  await player.getByText('How to do it').click();
  await expect(player.getByRole('listitem').first()).toHaveText('Slide your hips to the back of the seat so your back rests against the backrest.');
  await player.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Stretch guide', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /Player/ })).toHaveCount(0);
});

test('a user routine is created, reordered, renamed and deleted, and the file on disk follows', async ({ limber }) => {
  const page = await limber.open('guide');
  await page.getByRole('button', { name: 'New routine…' }).click();
  const editor = page.getByRole('form', { name: 'New routine' });
  await editor.getByRole('button', { name: 'Save routine' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Give the routine a name');
  expect(fs.existsSync(path.join(limber.app.dataDir, 'guide.json'))).toBe(false);

  await editor.getByLabel('Routine name').fill('My neck break');
  for (const name of ['Chin tuck', 'Shoulder rolls', 'Side neck stretch']) {
    await editor.getByLabel('Exercise to add').selectOption({ label: name });
    await editor.getByRole('button', { name: 'Add exercise' }).click();
  }
  await editor.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByTestId('user-routine')).toHaveCount(1);
  let saved = guideOnDisk(limber.app.dataDir).userRoutines;
  expect(saved).toEqual([{ id: expect.stringMatching(/^user-/), name: 'My neck break', items: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'shoulder-rolls' }, { exerciseId: 'side-neck-stretch' }] }]);

  await page.getByRole('button', { name: 'Edit My neck break' }).click();
  const edit = page.getByRole('form', { name: 'Edit routine My neck break' });
  await edit.getByRole('button', { name: 'Move Side neck stretch up' }).click();
  await edit.getByRole('button', { name: 'Move Chin tuck down' }).click();
  await edit.getByLabel('Routine name').fill('Neck first');
  await expectNoAxeViolations(page);
  await edit.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('heading', { name: 'Neck first' })).toBeVisible();
  saved = guideOnDisk(limber.app.dataDir).userRoutines;
  expect(saved[0].name).toBe('Neck first');
  expect(saved[0].items.map((i: { exerciseId: string }) => i.exerciseId)).toEqual(['side-neck-stretch', 'chin-tuck', 'shoulder-rolls']);

  limber.restart();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Neck first' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Neck first' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByTestId('user-routine')).toHaveCount(0);
  expect(guideOnDisk(limber.app.dataDir).userRoutines).toEqual([]);
});

test('the soft sound is off by default, plays at step changes once turned on, and the setting is saved', async ({ limber, page: firstPage }) => {
  // A stand-in AudioContext that counts tones, so the test hears without speakers.
  await firstPage.addInitScript(() => {
    const w = window as unknown as { __tones: number; AudioContext: unknown };
    w.__tones = 0;
    const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
    w.AudioContext = class {
      currentTime = 0;
      destination = {};
      createOscillator() {
        w.__tones++;
        return { type: '', frequency: param, connect: (x: unknown) => x, start() {}, stop() {} };
      }
      createGain() {
        return { gain: param, connect: (x: unknown) => x };
      }
    };
  });
  const page = await limber.open('guide');
  const tones = () => page.evaluate(() => (window as unknown as { __tones: number }).__tones);
  await page.getByRole('button', { name: 'Play 1-minute posture reset' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  expect(await tones()).toBe(0);
  await page.keyboard.press('Escape');

  await page.getByRole('switch', { name: 'Soft sound at each step' }).check();
  await expect.poll(() => guideOnDisk(limber.app.dataDir).sound).toBe(true);
  await page.getByRole('button', { name: 'Play 1-minute posture reset' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await expect.poll(tones).toBe(1);
});

test('the hold animation stops when the system asks for reduced motion', async ({ limber }) => {
  const page = await limber.open('guide');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Play 1-minute posture reset' }).click();
  const figure = page.locator('.player-figure svg');
  await expect(page.locator('.player-figure-hold')).toBeVisible();
  expect(await figure.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await figure.evaluate((el) => getComputedStyle(el).animationName)).toBe('player-breathe');
});
