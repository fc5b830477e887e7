import { exportMessage, importMessage } from './backupMessages.ts';

/** The pain log's full JSON backup and its import; main chooses and writes the file. */
export function BackupButtons({ exportLabel, importLabel, onStatus }: { exportLabel: string; importLabel: string; onStatus(message: string): void }) {
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => void window.limber.pain.exportJson().then((r) => onStatus(exportMessage('Backup', r)))}>
        {exportLabel}
      </button>
      <button type="button" className="button-quiet" onClick={() => void window.limber.pain.importJson().then((r) => onStatus(importMessage(r)))}>
        {importLabel}
      </button>
    </>
  );
}
