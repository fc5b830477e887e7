// Pain log at ten years of data: 20,000 entries (about five a day) and matching break history.
// painlog.appendMs / weeklyReviewMs: p95 through the real services (validation, break context, write
// of one month's partition). painlog.loadMs: cold open of the partitions and the day index.
// painlog.naive*: the same operations on one conf key holding the whole array (get and set per
// operation). renderer.weeklyReviewRenderMs: median time for the review screen to show another week
// in headless Chromium, IPC included.
import fs from 'node:fs';
import Conf from 'conf';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../../playwright.config.ts';
import { breakHistoryLogOptions } from '../../../main/breaks/breakHistory.ts';
import { painLogOptions } from '../../../main/pain/painLog.ts';
import { PainService } from '../../../main/pain/painService.ts';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { openPartitionedLog } from '../../../main/storage/partitionedLog.ts';
import type { BreakEvent } from '../../../shared/breaks/types.ts';
import { addDays, localDayOf } from '../../../shared/pain/localDay.ts';
import type { PainDraft, PainEntry } from '../../../shared/pain/vocabulary.ts';
import { weeklyReview } from '../../../shared/pain/weekly.ts';
import { bodyRegions } from '../../../shared/body/regions.ts';
import { preloadScript, serveRenderer } from '../../support/rendererPage.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';
import { chromiumArgs } from './renderer.ts';
import { median, percentile, round, type Benchmark } from '../types.ts';

const total = 20_000;
const lastDay = '2026-11-22';
const days = 3650;
const firstDay = addDays(lastDay, -(days - 1));

function draftAt(day: string, i: number): PainDraft {
  return {
    at: `${day}T${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00.000Z`,
    offsetMin: 0,
    intensity: i % 11,
    regions: [{ region: bodyRegions[i % bodyRegions.length]!, side: 'centre' }],
    qualities: i % 3 ? ['dullAche'] : ['stiffness', 'sharp'],
    radiatesTo: [],
    symptoms: [],
    warningSigns: [],
    triggers: ['longSitting'],
    customTriggers: [],
    relief: [{ method: 'walking', helpedPercent: (i % 11) * 10 }],
    interference: { work: i % 11 },
    notes: i % 5 ? '' : 'Long afternoon at the desk',
  };
}

function entryAt(day: string, i: number): PainEntry {
  const d = draftAt(day, i);
  return { ...d, id: `seed-${i}`, createdAt: d.at, updatedAt: d.at, breakContext: { taken: 3, skipped: 1, postponed: 1 }, flagsShown: [], acknowledgedAt: null };
}

function seed(dir: string): PainEntry[] {
  const factory = confFactoryFor(dir);
  const common = { dir, factory, onRecovered: () => {}, stamp: () => 'seed' };
  const entries = Array.from({ length: total }, (_, i) => entryAt(addDays(firstDay, Math.floor((i * days) / total)), i));
  openPartitionedLog({ ...painLogOptions, ...common }).appendMany(entries);
  const events: BreakEvent[] = [];
  for (let d = 0; d < days; d++) {
    const day = addDays(firstDay, d);
    (['completed', 'completed', 'completed', 'skipped', 'postponed', 'completed', 'natural', 'completed'] as const).forEach((type, i) =>
      events.push({ id: `be-${d}-${i}`, type, kind: 'micro', breakId: `b-${d}-${i}`, at: `${day}T${String(9 + i).padStart(2, '0')}:00:00.000Z`, covers: ['micro'] }),
    );
  }
  openPartitionedLog({ ...breakHistoryLogOptions, ...common }).appendMany(events);
  return entries;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const painlogBenchmark: Benchmark = {
  name: 'painlog',
  async run() {
    const dir = makeTempDir('limber-bench-pain-');
    try {
      const seeded = seed(dir);

      // Cold load: the partitions read once and the day index built.
      let pain: PainService | undefined;
      const loadMs = time(() => {
        pain = new PainService({
          log: openPartitionedLog({ ...painLogOptions, dir, factory: confFactoryFor(dir), onRecovered: () => {}, stamp: () => 'x' }),
          now: () => new Date('2026-11-23T09:00:00Z'),
          newId: () => 'unused',
        });
      });
      if (pain!.count() !== total) throw new Error(`loaded ${pain!.count()} entries, expected ${total}`);

      // The real services over the same folder: appends and reviews go through IPC validation.
      const app = startTestApp(dir, makeClock('2026-11-23T09:00:00Z'));
      const appendTimes: number[] = [];
      for (let i = 0; i < 200; i++) {
        const draft = draftAt(addDays(lastDay, -(i % 30)), i);
        const t = performance.now();
        const result = await app.dispatch('pain:add', draft);
        appendTimes.push(performance.now() - t);
        if (!result.ok) throw new Error(result.error.message);
      }
      const reviewTimes: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        const result = await app.dispatch('pain:week', { date: addDays(lastDay, -7 * i), locale: 'en-GB' });
        reviewTimes.push(performance.now() - t);
        if (!result.ok || (i === 1 && (result.value as { entryCount: number }).entryCount === 0)) throw new Error('weekly review failed');
      }
      app.services.breaks.engine.disarm();

      // Naive: one conf key with the whole array, read and written on every operation.
      const naive = new Conf<{ entries: PainEntry[] }>({ cwd: dir, configName: 'naive-pain', projectName: 'limber', clearInvalidConfig: false });
      naive.set('entries', seeded);
      const naiveAppend: number[] = [];
      for (let i = 0; i < 20; i++) {
        naiveAppend.push(
          time(() => {
            const all = naive.get('entries');
            all.push({ ...entryAt(lastDay, i), id: `naive-${i}` });
            naive.set('entries', all);
          }),
        );
      }
      const naiveReview: number[] = [];
      for (let i = 0; i < 10; i++) {
        naiveReview.push(
          time(() => {
            const all = naive.get('entries');
            const byDay = new Map<string, PainEntry[]>();
            for (const e of all) {
              const d = localDayOf(e.at, e.offsetMin);
              byDay.set(d, [...(byDay.get(d) ?? []), e]);
            }
            weeklyReview({ weekStart: addDays('2026-11-16', -7 * i), entriesOn: (d) => byDay.get(d) ?? [], breaks: [], checklistNo: [] });
          }),
        );
      }

      const renderMs = await reviewRenderMs(dir);
      const appendMs = percentile(appendTimes, 95);
      if (process.env.LIMBER_BENCH_DEBUG) console.error('slowest appends', [...appendTimes].sort((a, b) => b - a).slice(0, 14).map((t) => t.toFixed(1)).join(' '));
      return {
        'painlog.appendMs': { value: round(appendMs), unit: 'ms' },
        'painlog.weeklyReviewMs': { value: round(percentile(reviewTimes, 95)), unit: 'ms' },
        'painlog.loadMs': { value: round(loadMs, 1), unit: 'ms' },
        'painlog.naiveAppendMs': { value: round(percentile(naiveAppend, 95)), unit: 'ms' },
        'painlog.naiveWeeklyReviewMs': { value: round(percentile(naiveReview, 95)), unit: 'ms' },
        'painlog.naiveAppendRatio': { value: round(percentile(naiveAppend, 95) / appendMs, 1), unit: 'x' },
        'renderer.weeklyReviewRenderMs': { value: round(renderMs, 1), unit: 'ms' },
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Median over 10 week changes of the time from the click to the new week's summary on screen. */
async function reviewRenderMs(dir: string): Promise<number> {
  const server = await serveRenderer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const app = startTestApp(dir, makeClock('2026-11-23T09:00:00Z'));
  app.services.onboarding.skip();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.exposeBinding('__limberInvoke', (_s, channel: string, payload: unknown) => app.dispatch(channel, payload));
    await context.addInitScript({ content: preloadScript() });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-23T09:00:00Z'));
    await page.goto(`${server.url}#/review`);
    await page.locator('.lead').waitFor({ state: 'visible' });
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = await page.locator('.lead').textContent();
      times.push(
        await page.evaluate(
          (old) =>
            new Promise<number>((resolve) => {
              const lead = document.querySelector('.lead')!;
              const t = performance.now();
              const observer = new MutationObserver(() => {
                if (document.querySelector('.lead')?.textContent !== old) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - t));
                }
              });
              observer.observe(lead.parentElement!, { subtree: true, childList: true, characterData: true });
              (document.querySelector('.week-picker button') as HTMLButtonElement).click();
            }),
          before,
        ),
      );
      const text = (await page.locator('.lead').textContent()) ?? '';
      if (!/entries on [1-7] of 7 days/.test(text)) throw new Error(`review showed no entries: ${text}`);
    }
    await context.close();
    return median(times);
  } finally {
    app.services.breaks.engine.disarm();
    await browser.close();
    await server.close();
  }
}
