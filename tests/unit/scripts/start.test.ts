import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without type declarations
import { startApp } from '../../../scripts/start.mjs';

describe('npm start', () => {
  it('builds, then spawns the app with the binary the electron package resolved', () => {
    const calls: string[] = [];
    const spawned: [string, string[]][] = [];
    const code = startApp({
      resolveElectron: () => {
        calls.push('resolve');
        return '/opt/electron/electron';
      },
      exists: () => true,
      spawn: (cmd: string, args: string[]) => {
        spawned.push([cmd, args]);
        return 0;
      },
      log: () => calls.push('log'),
      argv: ['--flag'],
    });
    expect(code).toBe(0);
    expect(calls).toEqual(['resolve']);
    expect(spawned).toEqual([
      ['npx', ['electron-vite', 'build']],
      ['/opt/electron/electron', ['.', '--flag']],
    ]);
  });

  it('prints exactly one sentence naming ELECTRON_OVERRIDE_DIST_PATH and exits non-zero when resolution fails', () => {
    const lines: string[] = [];
    const spawned: string[] = [];
    const code = startApp({
      resolveElectron: () => {
        throw new Error('Electron failed to install correctly.\nmore detail');
      },
      spawn: (cmd: string) => {
        spawned.push(cmd);
        return 0;
      },
      log: (line: string) => lines.push(line),
    });
    expect(code).not.toBe(0);
    expect(spawned).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]!.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(lines[0]).not.toMatch(/unreachable here|sandbox/);
  });

  it('treats a resolved path with no binary behind it as a failure', () => {
    const lines: string[] = [];
    const code = startApp({ resolveElectron: () => '/nope/electron', exists: () => false, spawn: () => 0, log: (l: string) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
  });
});
