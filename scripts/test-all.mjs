// `npm test`: every tier in order (typecheck, lint, build, unit, renderer e2e, Electron e2e),
// each reported by name, then one closing line with the test counts. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateElectron } from './electron-binary.mjs';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-test-reports-'));
const counts = { passed: 0, failed: 0, skipped: 0 };
const tiers = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const status = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
  tiers.push({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return status === 0;
}

function addVitest(file) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
  counts.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

function addPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
}

const npx = 'npx';
const vitestJson = path.join(reports, 'vitest.json');
const e2eJson = path.join(reports, 'e2e.json');
const electronJson = path.join(reports, 'electron.json');

run('typecheck (shared, node, web, tests)', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
const built = run('build', npx, ['electron-vite', 'build', '--logLevel', 'warn']);
run('unit (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
addVitest(vitestJson);
if (built) {
  run('renderer e2e (Playwright + Debian Chromium)', npx, ['playwright', 'test', '--project=renderer', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
  });
  addPlaywright(e2eJson);
  const electron = locateElectron();
  if ('missing' in electron) console.log(`\nElectron e2e skipped: ${electron.missing}.`);
  run('Electron e2e (Playwright _electron)', npx, ['playwright', 'test', '--project=electron', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: electronJson,
  });
  addPlaywright(electronJson);
} else {
  tiers.push({ name: 'renderer e2e and Electron e2e', ok: false, seconds: '0.0' });
}

console.log('\n=== summary');
for (const t of tiers) console.log(`${t.ok ? 'ok  ' : 'FAIL'}  ${t.name} (${t.seconds} s)`);
const failedTiers = tiers.filter((t) => !t.ok).length;
console.log(`\n${counts.passed} passed, ${counts.failed + (counts.failed === 0 ? failedTiers : 0)} failed, ${counts.skipped} skipped`);
fs.rmSync(reports, { recursive: true, force: true });
process.exit(failedTiers === 0 ? 0 : 1);
