import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/schema.ts';
import { makeTempDir, startTestApp } from '../../support/testServices.ts';

const settingsFile = (dir: string) => path.join(dir, 'settings.json');

describe('settings on disk', () => {
  it('starts with defaults and writes nothing until a change', () => {
    const app = startTestApp();
    expect(app.services.settings.get()).toEqual(defaultSettings);
    expect(fs.existsSync(settingsFile(app.dataDir))).toBe(false);
  });

  it('writes a change through, versioned, and keeps it across a restart', async () => {
    const dir = makeTempDir();
    const first = startTestApp(dir);
    const result = await first.dispatch('settings:update', { breaks: { stretch: { intervalMin: 45 } }, appearance: { theme: 'dark' } });
    expect(result.ok).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(settingsFile(dir), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
    expect(onDisk.data.breaks.stretch.intervalMin).toBe(45);
    expect(first.events.at(-1)).toMatchObject({ channel: 'settings:changed' });

    const second = startTestApp(dir);
    expect(second.services.settings.get().breaks.stretch.intervalMin).toBe(45);
    expect(second.services.settings.get().appearance.theme).toBe('dark');
    expect(second.services.settings.get().breaks.micro).toEqual(defaultSettings.breaks.micro);
  });

  it('rejects an out-of-range value with a message and leaves the file byte-for-byte', async () => {
    const app = startTestApp();
    await app.dispatch('settings:update', { strictMode: true });
    const before = fs.readFileSync(settingsFile(app.dataDir));
    const mtime = fs.statSync(settingsFile(app.dataDir)).mtimeMs;
    const result = await app.dispatch('settings:update', { breaks: { micro: { intervalMin: 500 } } });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Posture check interval must be at most 120',
        issues: [{ path: 'breaks.micro.intervalMin', message: 'Posture check interval must be at most 120' }],
      },
    });
    expect(fs.readFileSync(settingsFile(app.dataDir)).equals(before)).toBe(true);
    expect(fs.statSync(settingsFile(app.dataDir)).mtimeMs).toBe(mtime);
    expect(app.services.settings.get().breaks.micro.intervalMin).toBe(20);
  });

  it('rejects a working-hours range that ends before it starts', async () => {
    const app = startTestApp();
    const result = await app.dispatch('settings:update', {
      workingHours: { days: { mon: [{ start: '17:00', end: '09:00' }] } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'A range must end after it starts' } });
  });

  it('reads from memory, not from the file, after start-up', async () => {
    const app = startTestApp();
    await app.dispatch('settings:update', { strictMode: true });
    fs.writeFileSync(settingsFile(app.dataDir), 'garbage written by someone else');
    expect(app.services.settings.get().strictMode).toBe(true);
  });

  it('sets a corrupt file aside, starts from defaults and tells the user', () => {
    const dir = makeTempDir();
    fs.writeFileSync(settingsFile(dir), '{"schemaVersion": 1, "data": {"breaks": ');
    const app = startTestApp(dir);
    expect(app.services.settings.get()).toEqual(defaultSettings);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toContain('"breaks": ');
    const [notice] = app.services.notices.list();
    expect(notice).toMatchObject({ level: 'warning', title: 'Your settings file could not be read' });
    expect(notice!.message).toContain(path.join(dir, aside[0]!));
  });

  it('sets aside a file that parses but fails validation', () => {
    const dir = makeTempDir();
    fs.writeFileSync(settingsFile(dir), JSON.stringify({ schemaVersion: 1, data: { breaks: { micro: { intervalMin: -4 } } } }));
    const app = startTestApp(dir);
    expect(app.services.settings.get()).toEqual(defaultSettings);
    expect(app.services.notices.list()[0]!.message).toContain('did not pass validation');
  });
});
