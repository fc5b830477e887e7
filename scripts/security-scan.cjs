// Runs electronegativity (Doyensec's Electron security scanner) over main/ and renderer/ plus the
// built renderer page (its CSP is injected at build time), offline, and prints findings at MEDIUM
// or above. Exits 1 when there are any. Usage: node scripts/security-scan.cjs [dir ...]
//
// electronegativity is unmaintained and tries the network twice: a translations fetch and a release
// list fetch (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, excluded here: Electron's version is pinned and
// tracked in package.json instead). Both go through `got`, replaced by an immediate offline failure,
// because got's retry path crashes the process when the request times out.
// Exclusions are inline `eng-disable` comments at each site, each with its reason.
const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: Limber never reaches the network'));
    offline.head = offline;
    return offline;
  }
  return originalLoad.call(this, request, ...rest);
};

const root = path.resolve(__dirname, '..');
const inputs = process.argv.slice(2).length ? process.argv.slice(2) : ['main', 'renderer', 'out/renderer/index.html'];
const scanDir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-scan-'));
for (const input of inputs) {
  const from = path.resolve(root, input);
  if (!fs.existsSync(from)) throw new Error(`nothing to scan at ${input} (run npm run build first?)`);
  fs.cpSync(from, path.join(scanDir, input.replace(/[\\/]/g, '__')), { recursive: true });
}

const run = require('@doyensec/electronegativity/dist/runner.js');
const quiet = console.log;
(async () => {
  console.log = () => {}; // its banner; we print our own summary
  const result = await run({
    input: scanDir,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: true,
    electronVersionOverride: require('electron/package.json').version,
    parserPlugins: [],
  });
  console.log = quiet;
  const findings = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name ?? String(i.severity.format?.() ?? i.severity),
    confidence: i.confidence.name ?? String(i.confidence.format?.() ?? i.confidence),
    file: String(i.file).replace(/__/g, '/'),
    line: i.location?.line,
    sample: String(i.sample ?? '').trim().slice(0, 120),
  }));
  const serious = findings.filter((f) => /MEDIUM|HIGH|CRITICAL/i.test(f.severity));
  const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`);
  if (!process.env.LIMBER_SCAN_KEEP) fs.rmSync(scanDir, { recursive: true, force: true });
  console.log(JSON.stringify({ checks: result.globalChecks + result.atomicChecks, files: result.files ?? undefined, findings: findings.length, serious, parseErrors }, null, 2));
  process.exit(serious.length || parseErrors.length ? 1 : 0);
})().catch((error) => {
  console.log = quiet;
  console.error('security scan failed:', error);
  process.exit(2);
});
