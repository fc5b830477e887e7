// Weekly review, doctor report PDF, CSV/JSON export and import into an empty profile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppServices } from '../../main/services/appServices.ts';
import type { PainDraft } from '../../shared/pain/vocabulary.ts';
import { artifactsDir, expect, expectNoAxeViolations, screenshot, test } from './harness.ts';

const now = new Date('2026-11-23T09:00:00Z');
// Headless Chromium reports en-US, whose week starts on Sunday: the week before "now" is 15–21 November.
const week = ['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];

function draft(date: string, hour: number, patch: Partial<PainDraft>): PainDraft {
  return {
    at: `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`,
    offsetMin: 0,
    intensity: 3,
    regions: [{ region: 'lowerBack', side: 'centre' }],
    qualities: [],
    radiatesTo: [],
    symptoms: [],
    warningSigns: [],
    triggers: [],
    customTriggers: [],
    relief: [],
    interference: {},
    notes: '',
    ...patch,
  };
}

/** Three days with most breaks taken and low pain, three with most skipped and higher pain. */
function seedWeek(services: AppServices) {
  const events = week.slice(0, 6).flatMap((date, d) => {
    const good = d % 2 === 0;
    const outcomes = good ? ['completed', 'completed', 'completed', 'skipped'] : ['completed', 'skipped', 'skipped', 'postponed'];
    return outcomes.map((type, i) => ({
      type: type as 'completed' | 'skipped' | 'postponed',
      kind: 'micro' as const,
      breakId: `b-${date}-${i}`,
      at: `${date}T${10 + i}:00:00.000Z`,
      covers: ['micro' as const],
    }));
  });
  services.breakHistory.record(events);
  week.slice(0, 6).forEach((date, d) => {
    const good = d % 2 === 0;
    services.pain.add(
      draft(date, 15, {
        intensity: good ? 2 : 6,
        regions: good ? [{ region: 'neck', side: 'left' }] : [{ region: 'lowerBack', side: 'centre' }],
        qualities: good ? ['stiffness'] : ['dullAche', 'sharp'],
        relief: [{ method: good ? 'walking' : 'heat', helpedPercent: good ? 60 : 30 }],
        interference: { work: good ? 2 : 5 },
        notes: `Day ${d + 1}: ${good ? 'short walks between calls' : 'long meeting, no breaks'}`,
      }),
    );
  });
  services.pain.add(draft('2026-11-16', 18, { intensity: 4, customTriggers: ['new chair'] }));
  services.checklist.save({ 'posture-head': 'no', 'posture-facing': 'yes' });
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}

test('the weekly review shows the entries, the adherence panel, checklist gaps and routine advice', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  seedWeek(limber.app.services);
  await limber.open('review');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.locator('.lead')).toContainText('7 entries on 6 of 7 days');
  const trend = page.getByRole('region', { name: 'Pain through the week' });
  await expect(trend.getByRole('img', { name: /Daily mean and highest pain/ })).toBeVisible();
  await expect(trend.getByRole('row', { name: /Monday, Nov 16/ })).toContainText('Monday, Nov 16256');
  await expect(trend).toContainText('No entries last week to compare with.');
  const map = page.getByRole('region', { name: 'Where it hurt' });
  await expect(map.getByRole('row', { name: /Lower back/ })).toContainText('Lower back45.5');
  await expect(map.getByRole('row', { name: /Neck/ })).toContainText('Neck32');

  const adherence = page.getByRole('region', { name: 'Breaks beside pain' });
  await expect(adherence).toContainText(
    'On the 3 days you took most of your breaks, your average pain was 2; on the 3 days you skipped or postponed more, it was 5.7.',
  );
  await expect(adherence).toContainText('not proof that one causes the other');
  const sunday = adherence.getByRole('row').nth(1);
  await expect(sunday).toContainText('Sun');
  await expect(sunday).toContainText('3102');

  await expect(page.getByRole('region', { name: /still answered “no”/ })).toContainText('Are your ears over your shoulders');
  const warnings = page.getByRole('region', { name: 'Warnings this week' });
  await expect(warnings).toContainText('Pain logged on 6 days this week without a clear improvement');
  await expect(warnings).toContainText('Worth booking an appointment');
  await expect(page.getByRole('region', { name: 'What it felt like' })).toContainText('Walking: helped 60% on average (3 times)');
  await expectNoAxeViolations(page);
  await screenshot(page, 'review-light');
  await adherence.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-adherence-light');
  await setTheme(page, 'dark');
  await expectNoAxeViolations(page);
  await page.getByRole('heading', { name: 'Weekly review' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'review-dark');
});

test('the adherence comparison stays hidden with fewer than 3 days on a side', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  seedWeek(limber.app.services);
  const last = limber.app.services.pain.range('2026-11-20', '2026-11-20')[0]!;
  limber.app.services.pain.delete(last.id);
  await limber.open('review');
  await page.getByRole('button', { name: 'Previous week' }).click();
  const adherence = page.getByRole('region', { name: 'Breaks beside pain' });
  await expect(adherence).toContainText('A comparison needs at least 3 days');
  await expect(adherence).not.toContainText('On the 3 days');
});

test('the doctor report PDF marks every page as self-reported and holds the entries', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  seedWeek(limber.app.services);
  // Enough entries for several pages.
  for (let i = 0; i < 40; i++) {
    limber.app.services.pain.add(draft(week[i % 7]!, 6 + (i % 3), { intensity: i % 11, notes: `Extra entry ${i} with a longer note about the afternoon` }));
  }
  await limber.open('window/report?from=2026-11-15&to=2026-11-21');
  await expect(page.locator('body[data-report-ready="true"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  fs.mkdirSync(artifactsDir, { recursive: true });
  const pdfPath = path.join(artifactsDir, 'pain-report.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4', landscape: true, printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(1);
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text, `page ${p}`).toContain('Self-reported by the patient in Limber');
  }
  const all = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(all).toContain('Pain diary report');
  expect(all).toContain('Day 2: long meeting, no');
  expect(all).toMatch(/2026-11-\s?16 15:00 Lower back \(centre\) 6 Dull ache, Sharp/);
  expect(all).toContain('Extra entry 39');
  expect(all).toContain('new chair');
  expect(all).toContain('What is the most likely cause of my pain?');
  expect(all).toContain('When can I get back to my normal activities?');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdfPath, path.join(artifactsDir, 'pain-report-page')]);
  expect(fs.readdirSync(artifactsDir).some((f) => /^pain-report-page-0*1\.png$/.test(f))).toBe(true);
});

test('CSV and JSON export, then JSON import into an empty profile round-trips exactly', async ({ limber, page }) => {
  await page.clock.setFixedTime(now);
  seedWeek(limber.app.services);
  const original = limber.app.services.pain.recent(500);
  await limber.open('review');
  await page.getByRole('button', { name: 'Previous week' }).click();
  const panel = page.getByRole('region', { name: 'Reports and backups' });
  const status = panel.getByRole('status');

  await panel.getByRole('button', { name: 'Entries as CSV' }).click();
  await expect(status).toContainText('CSV saved with 7 entries');
  const exports = path.join(limber.app.dataDir, 'exports');
  const csv = fs.readFileSync(path.join(exports, 'limber-pain-log-2026-11-23.csv'), 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows).toHaveLength(8);
  expect(rows[0]).toMatch(/^id,date,time \(UTC\),utc offset \(min\),intensity,regions/);
  expect(csv).toContain('Day 2: long meeting, no breaks');

  await panel.getByRole('button', { name: 'Full backup (JSON)' }).click();
  await expect(status).toContainText('Backup saved with 7 entries');
  const backup = path.join(exports, 'limber-pain-backup-2026-11-23.json');

  // An empty profile: the pain files are gone and the app restarts.
  for (const f of fs.readdirSync(limber.app.dataDir).filter((f) => f.startsWith('pain-'))) fs.rmSync(path.join(limber.app.dataDir, f));
  limber.restart();
  expect(limber.app.services.pain.count()).toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.locator('.lead')).toContainText('0 entries on 0 of 7 days');

  fs.copyFileSync(backup, path.join(limber.app.dataDir, 'import.json'));
  await panel.getByRole('button', { name: 'Import a backup…' }).click();
  await expect(status).toHaveText('Imported 7 entries; 0 were already here.');
  await expect(page.locator('.lead')).toContainText('7 entries on 6 of 7 days');
  expect(limber.app.services.pain.recent(500)).toEqual(original);
  // Importing again adds nothing.
  await panel.getByRole('button', { name: 'Import a backup…' }).click();
  await expect(status).toHaveText('Imported 0 entries; 7 were already here.');
  limber.restart();
  expect(limber.app.services.pain.recent(500)).toEqual(original);

  // A hostile file is refused with a clear message and changes nothing.
  fs.writeFileSync(path.join(limber.app.dataDir, 'import.json'), '{"format":"limber-pain-backup","version":1,"__proto__":{"x":1},"entries":[]}');
  await panel.getByRole('button', { name: 'Import a backup…' }).click();
  await expect(status).toContainText('This file cannot be imported: it holds a forbidden key "__proto__". Nothing was changed.');
  expect(limber.app.services.pain.count()).toBe(7);
});
