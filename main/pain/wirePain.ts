// Electron adapters for the pain log: save/open dialogs and the doctor report's printToPDF.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, nativeTheme, Notification, screen } from 'electron';
import { DomainError } from '../../shared/ipc/result.ts';
import { secureWebPreferences } from '../windows/webPreferences.ts';
import type { FileDialogs } from './files.ts';
import { QuickLogWindowController, quickLogWindowOptions } from './quickLogWindow.ts';

/** Dialogs attached to the focused Limber window when there is one. */
export function electronFileDialogs(parent: () => BrowserWindow | undefined = () => BrowserWindow.getFocusedWindow() ?? undefined): FileDialogs {
  return {
    async save(suggestedName, content) {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await fs.promises.writeFile(result.filePath, content);
      return result.filePath;
    },
    async open(maxChars) {
      const options = { properties: ['openFile' as const], filters: [{ name: 'Limber backup', extensions: ['json'] }] };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || !file) return null;
      // Refuse before reading a file no backup could be (UTF-8 is at most 4 bytes a character).
      if ((await fs.promises.stat(file)).size > maxChars * 4) {
        throw new DomainError('INVALID_INPUT', 'This file cannot be imported: it is larger than any Limber backup. Nothing was changed.');
      }
      return { name: path.basename(file), content: await fs.promises.readFile(file, 'utf8') };
    },
  };
}

export interface PrintReportDeps {
  preloadPath: string;
  entryUrl: string;
  onCreated(window: BrowserWindow): void;
}

/** Loads the report view in a hidden window, waits for its data, and prints it to A4 landscape PDF. */
export function electronPrintReport(deps: PrintReportDeps): (from: string, to: string) => Promise<Uint8Array> {
  return async (from, to) => {
    // Scanner exclusion: webPreferences come from secureWebPreferences().
    const win = new BrowserWindow({ show: false, width: 1123, height: 794, webPreferences: secureWebPreferences(deps.preloadPath) }); // eng-disable AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
    deps.onCreated(win);
    try {
      await win.loadURL(`${deps.entryUrl.split('#')[0]}#/window/report?from=${from}&to=${to}`);
      for (let i = 0; i < 200; i++) {
        if (await win.webContents.executeJavaScript("document.body.dataset.reportReady === 'true'")) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const pdf = await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  };
}

/** The quick-log window on the display with the cursor. */
export function electronQuickLog(deps: PrintReportDeps): QuickLogWindowController {
  return new QuickLogWindowController({
    // Scanner exclusion: webPreferences come from secureWebPreferences(); tests/unit/pain asserts them.
    create: (options) => new BrowserWindow(options), // eng-disable AUXCLICK_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
    options: () =>
      quickLogWindowOptions({
        preloadPath: deps.preloadPath,
        workArea: screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea,
        darkBackground: nativeTheme.shouldUseDarkColors,
      }),
    entryUrl: deps.entryUrl,
    onCreated: deps.onCreated,
  });
}

/** The daily check-in as a system notification; clicking it opens the quick log. */
export function electronCheckInReminder(open: () => void): () => void {
  return () => {
    if (!Notification.isSupported()) return;
    const note = new Notification({ title: 'How is your back today?', body: 'Log your pain in a few seconds, or skip it today.' });
    note.on('click', open);
    note.show();
  };
}
