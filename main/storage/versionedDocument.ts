// A versioned, validated document held in memory and written through on every change.
// On start-up a file that cannot be read or does not validate is set aside (never deleted), the
// newest backup that validates is restored (else defaults), and a notice tells the user what
// happened and where the damaged file is. The first write of each run keeps a rolling backup.
import path from 'node:path';
import { listBackups, readBackup, takeBackup } from './backups.ts';
import type { DocumentFile } from './documentFile.ts';

export interface DocumentSpec<T> {
  /** Current schema version written into the file as `schemaVersion`. */
  version: number;
  /** Validates the current-version payload; returns an error message or the typed value. */
  parse(data: unknown): { ok: true; value: T } | { ok: false; message: string };
  /** Upgrades a payload from an older version, one step at a time: migrations[v] takes v to v+1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  defaults(): T;
}

export interface RecoveryReport {
  store: string;
  reason: string;
  movedTo: string | undefined;
  /** The backup file whose contents were restored, when one validated. */
  restoredFrom?: string;
}

export interface VersionedDocument<T> {
  readonly value: T;
  replace(next: T): void;
}

export function loadVersionedDocument<T>(
  file: DocumentFile,
  spec: DocumentSpec<T>,
  onRecovered: (report: RecoveryReport) => void,
  stamp: () => string,
): VersionedDocument<T> {
  const loaded = readValid(() => file.read(), spec);
  let value: T;
  let backedUp = false;
  if (loaded.ok) {
    value = loaded.value;
    if (loaded.migrated) {
      backedUp = Boolean(takeBackup(file.path, file.name, stamp())); // keep the pre-migration file
      write(file, spec.version, value);
    }
  } else if (loaded.reason === 'missing') {
    value = spec.defaults();
  } else {
    const filePath = file.path;
    const movedTo = file.moveAside(stamp());
    const restored = restoreNewestBackup(filePath, file.name, spec);
    value = restored?.value ?? spec.defaults();
    write(file, spec.version, value);
    backedUp = true; // the restored backup stays in place as the last-known-good copy
    onRecovered({ store: file.name, reason: loaded.reason, movedTo, ...(restored ? { restoredFrom: restored.from } : {}) });
  }
  return {
    get value() {
      return value;
    },
    replace(next) {
      if (!backedUp) {
        takeBackup(file.path, file.name, stamp());
        backedUp = true;
      }
      write(file, spec.version, next);
      value = next;
    },
  };
}

function restoreNewestBackup<T>(filePath: string, name: string, spec: DocumentSpec<T>): { value: T; from: string } | undefined {
  for (const candidate of listBackups(filePath, name)) {
    const result = readValid(() => readBackup(candidate) ?? null, spec);
    if (result.ok) return { value: result.value, from: path.resolve(candidate) };
  }
  return undefined;
}

function write<T>(file: DocumentFile, version: number, data: T): void {
  file.write({ schemaVersion: version, data });
}

type ReadOutcome<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** `read` returns undefined for a missing file and null for one that is not a JSON object. */
function readValid<T>(read: () => Record<string, unknown> | undefined | null, spec: DocumentSpec<T>): ReadOutcome<T> {
  let raw: Record<string, unknown> | undefined | null;
  try {
    raw = read();
  } catch (error) {
    return { ok: false, reason: `the file could not be read (${describe(error)})` };
  }
  if (raw === undefined) return { ok: false, reason: 'missing' };
  if (raw === null) return { ok: false, reason: 'the file is not a JSON object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'the file has no valid schema version' };
  }
  if (version > spec.version) {
    return { ok: false, reason: `the file was written by a newer Limber (schema ${version})` };
  }
  let data = raw.data;
  for (let v = version; v < spec.version; v++) {
    const step = spec.migrations?.[v];
    if (!step) return { ok: false, reason: `no migration from schema ${v}` };
    try {
      data = step(data);
    } catch (error) {
      return { ok: false, reason: `migration from schema ${v} failed (${describe(error)})` };
    }
  }
  const parsed = spec.parse(data);
  if (!parsed.ok) return { ok: false, reason: `the data did not pass validation (${parsed.message})` };
  return { ok: true, value: parsed.value, migrated: version !== spec.version };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
}
