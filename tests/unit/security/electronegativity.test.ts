// electronegativity over main/, renderer/ and the built page: zero findings at MEDIUM or above.
// Exclusions are inline `eng-disable` comments, each with its reason next to it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function scan(...inputs: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/security-scan.cjs'), ...inputs], { cwd: root, encoding: 'utf8' });
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  return { status: result.status, report: JSON.parse(json) as { serious: Array<{ id: string; file: string }>; parseErrors: string[]; checks: number } };
}

describe('electronegativity', () => {
  it('finds nothing at MEDIUM or above in Limber', () => {
    const { status, report } = scan();
    expect(report.parseErrors).toEqual([]);
    expect(report.serious).toEqual([]);
    expect(report.checks).toBeGreaterThan(30);
    expect(status).toBe(0);
  });

  it('flags a deliberately insecure window, so the scan can fail', () => {
    const { status, report } = scan('tests/fixtures/security/insecure', 'out/renderer/index.html');
    expect(status).toBe(1);
    expect(report.serious.map((f) => f.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    );
  });
});
