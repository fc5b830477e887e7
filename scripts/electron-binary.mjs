// Finds an Electron binary without triggering Electron's lazy download (which cannot reach its
// host on machines without internet access to it). Honours ELECTRON_OVERRIDE_DIST_PATH.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const platformBinary = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';

/** @returns {{ path: string } | { missing: string }} */
export function locateElectron() {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : platformBinary;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(root, 'node_modules/electron/dist', relative);
  if (fs.existsSync(candidate)) return { path: candidate };
  return {
    missing: override
      ? `no Electron binary at ${candidate} (from ELECTRON_OVERRIDE_DIST_PATH)`
      : 'the Electron binary is not installed (its download host is unreachable here); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to use one',
  };
}
