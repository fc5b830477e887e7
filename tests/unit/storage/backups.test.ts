import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../main/storage/backups.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';

const backups = (dir: string) => (fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).sort() : []);

/** One "run" of the app: start on the folder, change one setting. */
async function runOnce(dir: string, clock: ReturnType<typeof makeClock>, intervalMin: number) {
  clock.advance(60_000);
  const app = startTestApp(dir, clock);
  await app.dispatch('settings:update', { breaks: { micro: { intervalMin } } });
  await app.dispatch('settings:update', { breaks: { micro: { intervalMin: intervalMin + 1 } } });
  return app;
}

describe('rolling backups', () => {
  it('keeps the last-known-good file before the first write of each run, once per run', async () => {
    const dir = makeTempDir();
    const clock = makeClock();
    await runOnce(dir, clock, 10); // first run: nothing to back up yet
    expect(backups(dir)).toEqual([]);
    await runOnce(dir, clock, 20);
    expect(backups(dir)).toHaveLength(1);
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'backups', backups(dir)[0]!), 'utf8'));
    expect(saved.data.breaks.micro.intervalMin).toBe(11); // the state the second run started from
  });

  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    const dir = makeTempDir();
    const clock = makeClock();
    for (let i = 0; i < 6; i++) await runOnce(dir, clock, 10 + i * 5);
    const kept = backups(dir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    const values = kept.map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'backups', f), 'utf8')).data.breaks.micro.intervalMin);
    expect(values).toEqual([21, 26, 31]); // the states runs 4, 5 and 6 started from
  });

  it('restores the newest backup that validates when the file is damaged, and says so', async () => {
    const dir = makeTempDir();
    const clock = makeClock();
    await runOnce(dir, clock, 10);
    await runOnce(dir, clock, 20);
    await runOnce(dir, clock, 30);
    // Damage the live file and the newest backup; the older backup (from run 2's start) must win.
    const [older, newest] = backups(dir);
    fs.writeFileSync(path.join(dir, 'backups', newest!), '{"schemaVersion":1,"data":{"breaks":{"micro":{"intervalMin":-1}}}}');
    fs.writeFileSync(path.join(dir, 'settings.json'), '\u0000\u0000');
    clock.advance(60_000);
    const app = startTestApp(dir, clock);
    expect(app.services.settings.get().breaks.micro.intervalMin).toBe(11);
    const [notice] = app.services.notices.list();
    expect(notice!.message).toContain(`restored your settings from the backup ${path.join(dir, 'backups', older!)}`);
    expect(notice!.message).toContain('settings.corrupt-');
  });

  it('starts from defaults when no backup validates', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '');
    const app = startTestApp(dir);
    expect(app.services.settings.get().breaks.micro.intervalMin).toBe(20);
    expect(app.services.notices.list()[0]!.message).toContain('Limber started with fresh settings');
  });
});
