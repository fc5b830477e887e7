// Electron security checklist items 5, 13, 14, 15: permissions denied, navigation and new windows
// blocked, external links only to the https allow-list and only through the system browser.
import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './externalLinks.ts';
import { originOf } from '../ipc/senderPolicy.ts';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function guardWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    // Reloads of our own page are fine; anything else stays out of the app window.
    const origin = originOf(url);
    if (!origin || !allowedOrigins.includes(origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    const origin = originOf(url);
    if (!origin || !allowedOrigins.includes(origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Scanner exclusion: the URL passed the https allow-list on the same line.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}
