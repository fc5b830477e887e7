// `npm start`: builds and runs Limber, or says in one sentence why it cannot.
// Electron is resolved through the `electron` package's own entry point, which honours
// ELECTRON_OVERRIDE_DIST_PATH and downloads the binary on first use when it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Returns the Electron binary path from the `electron` package (may download it); throws on failure. */
export function resolveElectronFromPackage() {
  return require('electron');
}

const defaultSpawn = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' }).status ?? 1;

/**
 * @param {{ resolveElectron?: () => string, spawn?: (cmd: string, args: string[]) => number,
 *   log?: (line: string) => void, exists?: (p: string) => boolean, argv?: string[] }} [deps]
 * @returns {number} the exit code
 */
export function startApp({
  resolveElectron = resolveElectronFromPackage,
  spawn = defaultSpawn,
  log = (line) => console.error(line),
  exists = fs.existsSync,
  argv = process.argv.slice(2),
} = {}) {
  let binary;
  try {
    binary = resolveElectron();
    if (typeof binary !== 'string' || !exists(binary)) throw new Error(`no Electron binary at ${binary}`);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/[.\s]+$/, '');
    log(`Limber cannot start because Electron could not be found or downloaded (${reason}); set ELECTRON_OVERRIDE_DIST_PATH to the folder of an unpacked Electron 45 to use that one.`);
    return 1;
  }
  const built = spawn('npx', ['electron-vite', 'build']);
  if (built !== 0) return built;
  return spawn(binary, ['.', ...argv]);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  process.exit(startApp());
}
