// Every store file, damaged five ways (truncated, invalid JSON, wrong types, not an object, empty): the app
// starts, the bad file is moved aside with a timestamp, the newest good backup is restored where one
// exists (otherwise defaults), and the user is told once, in plain words, where the moved file is.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeClock, makeTempDir, startTestApp, type TestApp } from '../../support/testServices.ts';
import { draft } from '../pain/fixtures.ts';

/** Uses the app so that every store writes its file; extended as features add stores. */
async function populate(app: TestApp): Promise<void> {
  const ok = async (channel: string, payload: unknown) => {
    const result = await app.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  await ok('settings:update', { breaks: { micro: { intervalMin: 25 } } });
  await ok('onboarding:skip', undefined);
  await ok('guide:setFavourite', { exerciseId: 'chin-tuck', favourite: true });
  await ok('checklist:save', { answers: { 'posture-head': 'no', 'posture-facing': 'yes' } });
  await ok('pain:add', draft({ at: app.clock.now().toISOString() }));
  await ok('pain:setCheckIn', { enabled: true, time: '17:30' });
  await ok('breaks:now', 'stretch');
  await ok('breaks:complete', undefined);
}

const corruptions: Record<string, (text: string) => string> = {
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  'invalid JSON': () => '{"schemaVersion": 1, "data": [1, 2,, 3]}',
  // Valid JSON, right version, wrong content: every field of the real data gets a wrong type.
  'schema-invalid': (text) => {
    const doc = JSON.parse(text) as { schemaVersion: number; data: unknown };
    const data = Array.isArray(doc.data)
      ? [{ id: 5, wrong: true }]
      : Object.fromEntries(Object.keys(doc.data as object).map((k) => [k, 'wrong type']));
    return JSON.stringify({ ...doc, data });
  },
  'not an object': () => JSON.stringify({ schemaVersion: 1, data: 42 }),
  empty: () => '',
};

function storeFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('.corrupt-'));
}

/** Two runs so each store has a backup from the start of the second. */
async function seededDir(): Promise<{ dir: string; clock: ReturnType<typeof makeClock> }> {
  const dir = makeTempDir('limber-corrupt-');
  const clock = makeClock();
  await populate(startTestApp(dir, clock));
  clock.advance(60_000);
  await populate(startTestApp(dir, clock));
  return { dir, clock };
}

describe('damaged store files', async () => {
  const { dir: seed } = await seededDir();
  const files = storeFiles(seed);

  it('covers every store the app writes', () => {
    expect(files).toEqual(
      expect.arrayContaining(['settings.json', 'onboarding.json', 'guide.json', 'checklist.json', 'checkin-reminder.json', 'break-runtime.json']),
    );
    expect(files.some((f) => f.startsWith('pain-w'))).toBe(true);
    expect(files.some((f) => f.startsWith('breaks-'))).toBe(true);
  });

  for (const file of files) {
    for (const [kind, corrupt] of Object.entries(corruptions)) {
      for (const withBackup of [true, false]) {
        it(`${file}, ${kind}, ${withBackup ? 'with' : 'without'} a backup`, () => {
          const dir = makeTempDir('limber-corrupt-case-');
          fs.cpSync(seed, dir, { recursive: true });
          if (!withBackup) fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
          const target = path.join(dir, file);
          const original = fs.readFileSync(target, 'utf8');
          fs.writeFileSync(target, corrupt(original));
          const damaged = fs.readFileSync(target);

          const clock = makeClock('2026-12-01T10:00:00Z');
          const app = startTestApp(dir, clock);
          const store = file.replace(/\.json$/, '');
          const notices = app.services.notices.list().filter((n) => n.id === `recovered:${store}`);
          expect(notices).toHaveLength(1);
          const aside = fs.readdirSync(dir).filter((f) => f.startsWith(`${store}.corrupt-2026-12-01T10-00-00`));
          expect(aside).toHaveLength(1);
          expect(fs.readFileSync(path.join(dir, aside[0]!)).equals(damaged)).toBe(true);
          expect(notices[0]!.message).toContain(path.join(dir, aside[0]!));
          expect(notices[0]!.message).toMatch(withBackup ? /restored your .* from the backup/ : /started with fresh/);
          expect(JSON.parse(fs.readFileSync(target, 'utf8')).schemaVersion).toBeGreaterThanOrEqual(1);

          // Told once: the next start is clean.
          const next = startTestApp(dir, clock);
          expect(next.services.notices.list().filter((n) => n.id.startsWith('recovered:'))).toEqual([]);
        });
      }
    }
  }
});
