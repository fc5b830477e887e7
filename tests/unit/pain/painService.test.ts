import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';
import { backupJson } from '../../../main/pain/backup.ts';
import { entriesCsv } from '../../../main/pain/csv.ts';
import { draft } from './fixtures.ts';

const dirs: string[] = [];
function app() {
  const dir = makeTempDir('limber-pain-');
  dirs.push(dir);
  return startTestApp(dir, makeClock('2026-11-23T12:00:00Z'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const painFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('pain-')).sort();
const snapshot = (dir: string) => painFiles(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

describe('pain service', () => {
  it('stores entries by week of their local day and reloads them after a restart', () => {
    const a = app();
    a.services.pain.add(draft({ at: '2026-10-31T23:30:00.000Z', offsetMin: 60 }));
    a.services.pain.add(draft({ at: '2026-11-23T10:00:00.000Z' }));
    expect(painFiles(a.dataDir)).toEqual(['pain-w2026-10-26.json', 'pain-w2026-11-23.json']); // local 1 Nov is a Sunday
    a.services.pain.add(draft({ at: '2026-10-15T10:00:00.000Z' }));
    expect(painFiles(a.dataDir)).toEqual(['pain-w2026-10-12.json', 'pain-w2026-10-26.json', 'pain-w2026-11-23.json']);
    const again = startTestApp(a.dataDir, a.clock);
    expect(again.services.pain.count()).toBe(3);
    expect(again.services.pain.entriesOn('2026-11-01')).toHaveLength(1);
  });

  it('records the emergency flags shown and the acknowledgement', async () => {
    const a = app();
    const result = await a.dispatch('pain:add', draft({ symptoms: [{ kind: 'numbness', site: 'bothLegs' }] }));
    if (!result.ok) throw new Error(result.error.message);
    const saved = result.value as { entry: { id: string; flagsShown: string[]; acknowledgedAt: string | null }; flags: { level: string }[] };
    expect(saved.flags[0]?.level).toBe('emergency');
    expect(saved.entry.flagsShown).toContain('back.bothLegs');
    expect(saved.entry.acknowledgedAt).toBeNull();
    a.services.pain.acknowledge(saved.entry.id);
    const reloaded = startTestApp(a.dataDir, a.clock);
    expect(reloaded.services.pain.recent(1)[0]?.acknowledgedAt).toBe('2026-11-23T12:00:00.000Z');
  });

  it('deletes, and undo puts the same entry back', () => {
    const a = app();
    const { entry } = a.services.pain.add(draft());
    const removed = a.services.pain.delete(entry.id);
    expect(a.services.pain.count()).toBe(0);
    a.services.pain.restore(removed);
    expect(a.services.pain.recent(5)).toEqual([entry]);
  });

  it('refuses a future entry and bad input without writing', async () => {
    const a = app();
    expect(() => a.services.pain.add(draft({ at: '2026-11-24T12:00:00.000Z' }))).toThrow(/future/);
    const bad = await a.dispatch('pain:add', { ...draft(), intensity: 11 });
    expect(bad.ok).toBe(false);
    const extra = await a.dispatch('pain:add', { ...draft(), sneaky: true });
    expect(extra.ok).toBe(false);
    expect(painFiles(a.dataDir)).toEqual([]);
  });

  it('writes CSV with formula cells neutralised', () => {
    const a = app();
    const { entry } = a.services.pain.add(draft({ notes: '=HYPERLINK("x")', customTriggers: ['desk, chair'] }));
    const csv = entriesCsv([entry]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"desk, chair"');
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});

describe('JSON import', () => {
  function withEntries() {
    const a = app();
    a.services.pain.add(draft({ intensity: 3 }));
    a.services.pain.add(draft({ intensity: 5, at: '2026-11-20T08:00:00.000Z' }));
    return a;
  }

  it('a good file merges without duplicates', () => {
    const a = withEntries();
    const text = backupJson(a.services.pain.recent(10), '2026-11-23T12:00:00.000Z');
    const b = app();
    expect(b.services.pain.importText(text)).toEqual({ imported: true, added: 2, skipped: 0 });
    expect(b.services.pain.importText(text)).toEqual({ imported: true, added: 0, skipped: 2 });
    expect(b.services.pain.recent(10)).toEqual(a.services.pain.recent(10));
  });

  const good = () => JSON.parse(backupJson(withEntries().services.pain.recent(10), '2026-11-23T12:00:00.000Z')) as Record<string, unknown> & { entries: Record<string, unknown>[] };
  const hostile: Record<string, () => string> = {
    'not JSON': () => '{"format": "limber-pain-backup", ',
    'a foreign file': () => JSON.stringify({ format: 'other-app', version: 1, entries: [] }),
    'a newer version': () => JSON.stringify({ ...good(), version: 2 }),
    'an invalid entry': () => {
      const g = good();
      g.entries[0]!.intensity = 42;
      return JSON.stringify(g);
    },
    'a huge string': () => {
      const g = good();
      g.entries[0]!.notes = 'x'.repeat(5_000_000);
      return JSON.stringify(g);
    },
    'a __proto__ key': () => JSON.stringify(good()).replace('"intensity"', '"__proto__":{"polluted":true},"intensity"'),
    'a constructor key': () => JSON.stringify({ ...good(), constructor: { prototype: { polluted: true } } }),
    'deep nesting': () => `${JSON.stringify(good()).slice(0, -1)},"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    'an entry dated in the future': () => {
      const g = good();
      g.entries[0]!.at = '2027-01-01T10:00:00.000Z';
      return JSON.stringify(g);
    },
    'a duplicated id': () => {
      const g = good();
      g.entries.push(g.entries[0]!);
      return JSON.stringify(g);
    },
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`refuses ${name} with a clear error and writes nothing`, () => {
      const b = app();
      b.services.pain.add(draft({ intensity: 1, at: '2026-11-22T08:00:00.000Z' }));
      const before = snapshot(b.dataDir);
      expect(() => b.services.pain.importText(make())).toThrow(/cannot be imported.*Nothing was changed/);
      expect(snapshot(b.dataDir)).toEqual(before);
      expect(b.services.pain.count()).toBe(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('importJson through the file adapter: no file chosen changes nothing', async () => {
    const b = app();
    expect(await b.services.pain.importJson()).toEqual({ imported: false, added: 0, skipped: 0 });
  });
});

describe('recent entries', () => {
  it('come newest first by local day and time, the same after a restart', () => {
    const a = app();
    a.services.pain.add(draft({ at: '2026-11-20T10:00:00.000Z' }));
    a.services.pain.add(draft({ at: '2026-11-22T08:00:00.000Z' }));
    a.services.pain.add(draft({ at: '2026-11-22T07:00:00.000Z' }));
    a.services.pain.add(draft({ at: '2026-11-21T23:30:00.000Z', offsetMin: 60 }));
    const order = a.services.pain.recent(10).map((e) => e.at);
    expect(order).toEqual(['2026-11-22T08:00:00.000Z', '2026-11-22T07:00:00.000Z', '2026-11-21T23:30:00.000Z', '2026-11-20T10:00:00.000Z']);
    expect(a.services.pain.recent(2).map((e) => e.at)).toEqual(order.slice(0, 2));
    expect(startTestApp(a.dataDir, a.clock).services.pain.recent(10).map((e) => e.at)).toEqual(order);
  });
});
