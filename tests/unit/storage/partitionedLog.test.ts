import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { openPartitionedLog } from '../../../main/storage/partitionedLog.ts';
import type { RecoveryReport } from '../../../main/storage/versionedDocument.ts';
import { makeTempDir } from '../../support/testServices.ts';

interface Item {
  id: string;
  at: string;
  n: number;
}

function openLog(dir: string, reports: RecoveryReport[] = []) {
  return openPartitionedLog<Item>({
    dir,
    factory: confFactoryFor(dir),
    name: 'items',
    partitionOf: (i) => i.at.slice(0, 7),
    spec: {
      version: 1,
      parse: (data) =>
        Array.isArray(data) && data.every((x) => typeof x?.id === 'string' && typeof x?.at === 'string' && typeof x?.n === 'number')
          ? { ok: true, value: data as Item[] }
          : { ok: false, message: 'not a list of items' },
    },
    compare: (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
    onRecovered: (r) => reports.push(r),
    stamp: () => 'STAMP',
  });
}

describe('partitioned log', () => {
  it('writes only the touched partition and reloads everything in order', () => {
    const dir = makeTempDir();
    const log = openLog(dir);
    log.append({ id: 'b', at: '2026-02-03', n: 2 });
    log.append({ id: 'a', at: '2026-01-05', n: 1 });
    const jan = path.join(dir, 'items-2026-01.json');
    const janBefore = fs.readFileSync(jan);
    log.append({ id: 'c', at: '2026-02-09', n: 3 });
    expect(fs.readFileSync(jan).equals(janBefore)).toBe(true);
    expect(log.partitions()).toEqual(['2026-01', '2026-02']);

    const reloaded = openLog(dir);
    expect(reloaded.all().map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('updates across partitions, removes, and refuses duplicate ids', () => {
    const dir = makeTempDir();
    const log = openLog(dir);
    log.append({ id: 'a', at: '2026-01-05', n: 1 });
    expect(() => log.append({ id: 'a', at: '2026-03-01', n: 9 })).toThrow(/duplicate/);
    log.update({ id: 'a', at: '2026-03-01', n: 5 });
    expect(openLog(dir).get('a')).toEqual({ id: 'a', at: '2026-03-01', n: 5 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'items-2026-01.json'), 'utf8')).data).toEqual([]);
    expect(log.remove('a')).toMatchObject({ id: 'a' });
    expect(openLog(dir).all()).toEqual([]);
  });

  it('appends many items writing each partition once', () => {
    const dir = makeTempDir();
    const log = openLog(dir);
    log.appendMany([
      { id: 'x', at: '2025-12-30', n: 1 },
      { id: 'y', at: '2026-01-01', n: 2 },
      { id: 'z', at: '2026-01-02', n: 3 },
    ]);
    expect(openLog(dir).all().map((i) => i.id)).toEqual(['x', 'y', 'z']);
  });

  it('sets one damaged partition aside and keeps the others', () => {
    const dir = makeTempDir();
    const log = openLog(dir);
    log.append({ id: 'a', at: '2026-01-05', n: 1 });
    log.append({ id: 'b', at: '2026-02-05', n: 2 });
    fs.writeFileSync(path.join(dir, 'items-2026-01.json'), '{"schemaVersion":1,"data":[{"id":');
    const reports: RecoveryReport[] = [];
    const reloaded = openLog(dir, reports);
    expect(reloaded.all().map((i) => i.id)).toEqual(['b']);
    expect(reports).toEqual([{ store: 'items-2026-01', reason: expect.stringContaining('could not be read'), movedTo: path.join(dir, 'items-2026-01.corrupt-STAMP.json') }]);
    expect(fs.existsSync(path.join(dir, 'items-2026-01.corrupt-STAMP.json'))).toBe(true);
  });

  it('keeps all() sorted through in-order appends, out-of-order appends, updates and removals', () => {
    const log = openLog(makeTempDir());
    log.append({ id: 'b', at: '2026-01-02', n: 1 });
    expect(log.all().map((i) => i.id)).toEqual(['b']);
    log.append({ id: 'c', at: '2026-01-03', n: 1 });
    log.appendMany([{ id: 'd', at: '2026-01-04', n: 1 }]);
    expect(log.all().map((i) => i.id)).toEqual(['b', 'c', 'd']);
    log.append({ id: 'a', at: '2026-01-01', n: 1 });
    expect(log.all().map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    log.update({ id: 'a', at: '2026-01-05', n: 2 });
    expect(log.all().map((i) => i.id)).toEqual(['b', 'c', 'd', 'a']);
    log.remove('c');
    expect(log.all().map((i) => i.id)).toEqual(['b', 'd', 'a']);
  });
});
