// Checks a packaged build's app.asar whenever one exists (npm run dist:dir with a local Electron):
// main, preload and renderer inside; no tests, sources, source maps or dev dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const candidates = ['dist/linux-unpacked/resources/app.asar', 'dist/mac/Limber.app/Contents/Resources/app.asar', 'dist/win-unpacked/resources/app.asar'];
const asarPath = candidates.map((c) => path.join(root, c)).find((p) => fs.existsSync(p));

/** The file list check, separate so it is tested even where no packaged build exists. */
export function packagedFileProblems(files: string[], devDependencies: string[]): string[] {
  const problems: string[] = [];
  for (const required of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
    if (!files.includes(required)) problems.push(`missing ${required}`);
  }
  for (const f of files) {
    if (/\.map$/.test(f)) problems.push(`source map ${f}`);
    if (/^\/(tests|main|renderer|shared|scripts)\//.test(f)) problems.push(`source or test file ${f}`);
    if (/\.tsx?$/.test(f) && !f.endsWith('.d.ts')) problems.push(`TypeScript source ${f}`);
    const dep = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1];
    if (dep && devDependencies.includes(dep)) problems.push(`dev dependency ${dep}`);
  }
  return [...new Set(problems)];
}

// Dev-only packages per the lockfile (a devDependency that a runtime dependency also needs, such as
// ajv under conf, legitimately ships).
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
const packageName = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const shippedNames = new Set(Object.entries(lock.packages).filter(([k, m]) => k.includes('node_modules/') && !m.dev).map(([k]) => packageName(k)));
const devDependencies = [
  ...new Set(Object.keys(lock.packages).filter((k) => k.includes('node_modules/')).map(packageName)),
].filter((name) => !shippedNames.has(name));

describe('packaged file list', () => {
  it('knows the dev-only packages from the lockfile', () => {
    expect(devDependencies).toEqual(expect.arrayContaining(['vitest', 'electron', '@playwright/test']));
    expect(devDependencies).not.toContain('ajv'); // conf needs it at run time
    expect(devDependencies).not.toContain('zod');
  });

  it('flags what must not ship, and accepts a clean list', () => {
    const clean = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/zod/index.js'];
    expect(packagedFileProblems(clean, devDependencies)).toEqual([]);
    expect(packagedFileProblems([...clean, '/out/main/index.js.map', '/tests/unit/x.test.ts', '/node_modules/vitest/index.js'], devDependencies)).toEqual([
      'source map /out/main/index.js.map',
      'source or test file /tests/unit/x.test.ts',
      'TypeScript source /tests/unit/x.test.ts',
      'dev dependency vitest',
    ]);
    expect(packagedFileProblems(['/package.json'], devDependencies)).toContain('missing /out/main/index.js');
  });

  it.skipIf(!asarPath)('app.asar of the packaged build holds exactly the app (skipped where dist/ has no packaged build)', () => {
    const asar = require('@electron/asar') as { listPackage(p: string, o: object): string[] };
    const files = asar.listPackage(asarPath!, {}).map((f) => f.replaceAll('\\', '/'));
    expect(packagedFileProblems(files, devDependencies)).toEqual([]);
  });
});
