// The layering rules must fail on deliberate violations, and pass clean code.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/layering');

/** Lints a fixture as if it lived at `pretendPath` in the real tree. */
async function lintAs(fixture: string, pretendPath: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(fs.readFileSync(path.join(fixtures, fixture), 'utf8'), {
    filePath: path.join(root, pretendPath),
  });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it('rejects Node built-ins in shared/', async () => {
    expect(await lintAs('shared/usesNode.ts', 'shared/usesNode.ts')).toEqual([
      expect.stringContaining('must not use Node built-ins'),
    ]);
  });
  it('rejects shared/ importing main/', async () => {
    expect(await lintAs('shared/usesMain.ts', 'shared/usesMain.ts')).toEqual([
      expect.stringContaining('shared/ imports nothing from main/'),
    ]);
  });
  it('rejects the renderer importing main/ or electron', async () => {
    expect(await lintAs('renderer/usesMain.tsx', 'renderer/src/usesMain.tsx')).toEqual([
      expect.stringContaining('through window.limber'),
    ]);
    expect(await lintAs('renderer/usesElectron.ts', 'renderer/src/usesElectron.ts')).toEqual([
      expect.stringContaining('Only main/ may import electron'),
    ]);
  });
  it('rejects main/ importing the renderer', async () => {
    expect(await lintAs('main/usesRenderer.ts', 'main/usesRenderer.ts')).toEqual([
      expect.stringContaining('main/ imports nothing from renderer/'),
    ]);
  });
  it('accepts shared/ importing shared/ and zod', async () => {
    expect(await lintAs('shared/clean.ts', 'shared/clean.ts')).toEqual([]);
  });
  it('keeps the DOM and Node globals out of shared/ at compile time', () => {
    const configPath = path.join(root, 'tsconfig.shared.json');
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
    const fixture = path.join(fixtures, 'shared/usesDom.ts');
    const program = ts.createProgram([fixture], { ...parsed.options, noEmit: true });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === fixture)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([expect.stringContaining("Cannot find name 'document'"), expect.stringContaining("Cannot find name 'process'")]);
  });
});
