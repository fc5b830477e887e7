import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { painLogOptions } from '../../../main/pain/painLog.ts';
import { PainService } from '../../../main/pain/painService.ts';
import type { FileDialogs } from '../../../main/pain/files.ts';
import { openPartitionedLog } from '../../../main/storage/partitionedLog.ts';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { makeTempDir } from '../../support/testServices.ts';
import { draft } from './fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function service(options: { files?: FileDialogs; printReport?: (from: string, to: string) => Promise<Uint8Array> }) {
  const dir = makeTempDir('limber-pain-export-');
  dirs.push(dir);
  let n = 0;
  return new PainService({
    log: openPartitionedLog({ ...painLogOptions, dir, factory: confFactoryFor(dir), onRecovered: () => {}, stamp: () => 'x' }),
    now: () => new Date('2026-11-23T12:00:00Z'),
    newId: () => `p-${++n}`,
    ...options,
  });
}

describe('exports through the file adapter', () => {
  it('prints the report for the range and saves it under a name with the dates', async () => {
    const saved: { name: string; content: string | Uint8Array }[] = [];
    const printed: string[] = [];
    const pain = service({
      files: { save: async (name, content) => (saved.push({ name, content }), `/chosen/${name}`), open: async () => null },
      printReport: async (from, to) => (printed.push(`${from}..${to}`), new Uint8Array([37, 80, 68, 70])),
    });
    pain.add(draft({ at: '2026-11-20T10:00:00.000Z' }));
    pain.add(draft({ at: '2026-11-01T10:00:00.000Z' }));
    expect(await pain.exportPdf('2026-11-16', '2026-11-22')).toEqual({ saved: true, path: '/chosen/limber-pain-report-2026-11-16-to-2026-11-22.pdf', count: 1 });
    expect(printed).toEqual(['2026-11-16..2026-11-22']);
    expect(saved[0]!.content).toEqual(new Uint8Array([37, 80, 68, 70]));
    await expect(pain.exportPdf('2026-11-22', '2026-11-16')).rejects.toThrow(/start date/);
  });

  it('says so when PDF printing is not available, and reports a cancelled save as not saved', async () => {
    const pain = service({ files: { save: async () => null, open: async () => null } });
    await expect(pain.exportPdf('2026-11-16', '2026-11-22')).rejects.toThrow(/desktop app/);
    expect(await pain.exportCsv({ from: '2026-11-16', to: '2026-11-22' })).toEqual({ saved: false, path: null, count: 0 });
    expect(await pain.exportJson()).toEqual({ saved: false, path: null, count: 0 });
  });
});
