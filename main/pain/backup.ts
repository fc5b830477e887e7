// The full JSON backup and its validation. An import is parsed with limits before zod sees it:
// size, nesting depth and prototype-polluting keys are refused, and nothing is written unless the
// whole file is valid.
import { z } from 'zod';
import { PainEntrySchema } from '../../shared/ipc/contracts/pain.ts';
import { DomainError } from '../../shared/ipc/result.ts';
import { painLimits, type PainEntry } from '../../shared/pain/vocabulary.ts';

export const backupFormat = 'limber-pain-backup';
export const backupVersion = 1;

const BackupSchema = z.strictObject({
  format: z.literal(backupFormat),
  version: z.number().int(),
  exportedAt: z.iso.datetime(),
  entries: z.array(PainEntrySchema).max(painLimits.maxImportEntries),
});

export function backupJson(entries: readonly PainEntry[], exportedAt: string): string {
  return JSON.stringify({ format: backupFormat, version: backupVersion, exportedAt, entries }, null, 1);
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const maxDepth = 8;

/** Refuses hostile shapes before schema validation; returns the first problem or null. */
function hostile(value: unknown, depth: number): string | null {
  if (depth > maxDepth) return 'it is nested too deeply';
  if (typeof value === 'string') return value.length > painLimits.maxNotesLength * 2 ? 'it holds a text far longer than any entry allows' : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = hostile(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return `it holds a forbidden key "${key}"`;
      const problem = hostile((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Deepest bracket nesting outside strings, found by one scan before JSON.parse ever recurses. */
export function nestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

const refuse = (why: string) => new DomainError('INVALID_INPUT', `This file cannot be imported: ${why}. Nothing was changed.`);

/** Parses and validates a backup file's text; throws a DomainError that says why, changing nothing. */
export function parseBackup(text: string): PainEntry[] {
  if (text.length > painLimits.maxImportChars) throw refuse('it is larger than any Limber backup');
  if (nestingDepth(text, maxDepth) > maxDepth) throw refuse('it is nested too deeply');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse('it is not valid JSON');
  }
  const problem = hostile(data, 0);
  if (problem) throw refuse(problem);
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== backupFormat) throw refuse('it is not a Limber pain log backup');
  const version = (data as { version?: unknown }).version;
  if (version !== backupVersion) throw refuse(`it is backup version ${String(version)}, and this Limber reads version ${backupVersion}`);
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(`an entry is not valid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  const ids = new Set<string>();
  for (const e of parsed.data.entries) {
    if (ids.has(e.id)) throw refuse(`the entry id ${e.id} appears twice`);
    ids.add(e.id);
  }
  return parsed.data.entries as PainEntry[];
}
