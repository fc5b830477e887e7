// Rolling backups of a document file: `backups/<name>.<stamp>.json` beside the data, newest few kept.
// Taken before the first write of each run, so a backup is always a file that loaded cleanly.
import fs from 'node:fs';
import path from 'node:path';

export const BACKUPS_KEPT = 3;

export function backupDir(filePath: string): string {
  return path.join(path.dirname(filePath), 'backups');
}

/** Copies the file into the backup folder and prunes the oldest beyond BACKUPS_KEPT. */
export function takeBackup(filePath: string, name: string, stamp: string): string | undefined {
  if (!fs.existsSync(filePath)) return undefined;
  const dir = backupDir(filePath);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${name}.${stamp}.json`);
  fs.copyFileSync(filePath, target);
  for (const old of listBackups(filePath, name).slice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
  return target;
}

/** Backups of one document, newest first (stamps are ISO-like, so names sort by time). */
export function listBackups(filePath: string, name: string): string[] {
  const dir = backupDir(filePath);
  if (!fs.existsSync(dir)) return [];
  const prefix = `${name}.`;
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json') && !f.slice(prefix.length).includes('.corrupt'))
    .filter((f) => /^\d{4}-/.test(f.slice(prefix.length)))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

export function readBackup(file: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
