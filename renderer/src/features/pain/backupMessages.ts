// What the user is told after an export or an import, worded once for every place that offers them.
import type { IpcResult } from '../../../../shared/ipc/result.ts';

export function exportMessage(what: string, r: IpcResult<{ saved: boolean; path: string | null; count: number }>): string {
  if (!r.ok) return r.error.message;
  return r.value.saved ? `${what} saved with ${r.value.count} entries: ${r.value.path ?? ''}` : `${what} not saved.`;
}

export function importMessage(r: IpcResult<{ imported: boolean; added: number; skipped: number }>): string {
  if (!r.ok) return r.error.message;
  return r.value.imported ? `Imported ${r.value.added} entries; ${r.value.skipped} were already here.` : 'Nothing imported.';
}
