// Crash safety: a child appends in a loop and acknowledges each entry after its write returns; we
// SIGKILL it at random moments, 200 times. After every kill each file must load cleanly and every
// acknowledged entry must be there. Writes go through conf's atomic temp-file-and-rename.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { openPartitionedLog } from '../../../main/storage/partitionedLog.ts';
import type { RecoveryReport } from '../../../main/storage/versionedDocument.ts';
import { makeTempDir } from '../../support/testServices.ts';

const child = path.resolve(import.meta.dirname, '../../fixtures/crash/appender.ts');
const KILLS = 200;

/** Runs the child until it has acknowledged at least one entry past `ready`, then kills it after a random delay. */
function runAndKill(dir: string, delayMs: number): Promise<{ acked: number[]; recovered: string[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--no-warnings', child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    const recovered: string[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('recovered')) recovered.push(line);
        else if (/^\d+$/.test(line)) acked.push(Number(line));
        if (line === 'ready' && !armed) {
          armed = true;
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own: ${stderr}`));
      else resolve({ acked, recovered });
    });
  });
}

describe('crash safety under SIGKILL', () => {
  it(`keeps every acknowledged entry and every file readable across ${KILLS} kills`, async () => {
    const dir = makeTempDir('limber-crash-');
    const allAcked = new Set<number>();
    let killsWithWritesInFlight = 0;
    for (let i = 0; i < KILLS; i++) {
      const { acked, recovered } = await runAndKill(dir, Math.floor(Math.random() * 40));
      expect(recovered, `run ${i} found a damaged file`).toEqual([]);
      for (const n of acked) allAcked.add(n);
      if (acked.length > 0) killsWithWritesInFlight++;

      const reports: RecoveryReport[] = [];
      const log = openPartitionedLog<{ id: string; n: number }>({
        dir,
        factory: confFactoryFor(dir),
        name: 'entries',
        partitionOf: (e) => String(Math.floor(e.n / 100)),
        spec: { version: 1, parse: (data) => (Array.isArray(data) ? { ok: true, value: data } : { ok: false, message: 'not a list' }) },
        compare: (a, b) => a.n - b.n,
        onRecovered: (r) => reports.push(r),
        stamp: () => `check-${i}`,
      });
      expect(reports, `after kill ${i}`).toEqual([]);
      const present = new Set(log.all().map((e) => e.n));
      const missing = [...allAcked].filter((n) => !present.has(n));
      expect(missing, `acknowledged entries missing after kill ${i}`).toEqual([]);
      // No gaps: entries are appended in order, so what is stored is 0..max.
      expect(log.all().map((e) => e.n)).toEqual([...Array(log.all().length).keys()]);
    }
    expect(allAcked.size).toBeGreaterThan(KILLS); // the loop really wrote under fire
    expect(killsWithWritesInFlight).toBeGreaterThan(KILLS / 2);
  }, 600_000);
});
