// `npm run bench`: runs every benchmark in one process and prints a table, or with --json one
// object mapping each metric to {value, unit}. Targets are judged from ratios measured in this run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { painlogBenchmark } from './benchmarks/painlog.ts';
import { rendererBenchmark } from './benchmarks/renderer.ts';
import { schedulerBenchmark } from './benchmarks/scheduler.ts';
import type { Benchmark, Metric } from './types.ts';

// Disk-heavy benchmarks first: Chromium's profile writes after the renderer benchmark slow fsync for a while.
const benchmarks: Benchmark[] = [schedulerBenchmark, painlogBenchmark, rendererBenchmark];

const root = path.resolve(import.meta.dirname, '../..');
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
  const built = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
}

const results: Record<string, Metric> = {};
for (const bench of benchmarks) {
  if (only && bench.name !== only) continue;
  if (!json) process.stderr.write(`running ${bench.name}…\n`);
  Object.assign(results, await bench.run());
}

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'metric'.padEnd(width)}  value`);
  for (const [name, m] of Object.entries(results)) console.log(`${name.padEnd(width)}  ${m.value} ${m.unit}`);
}
