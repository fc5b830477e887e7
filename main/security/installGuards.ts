// Electron security checklist items 5, 13, 14, 15: permissions denied, navigation and new windows
// blocked, external links only to the https allow-list and only through the system browser.
// Only Electron types are imported, so tests drive these with stand-in objects.
import type { Session, WebContents } from 'electron';
import { originOf } from '../ipc/senderPolicy.ts';
import { isAllowedExternalUrl } from './externalLinks.ts';

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;
type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function guardWebContents(contents: GuardedContents, allowedOrigins: readonly string[], openExternal: (url: string) => unknown): void {
  const isOwn = (url: string) => {
    const origin = originOf(url);
    return origin !== undefined && allowedOrigins.includes(origin);
  };
  // Reloads of our own page are fine; anything else stays out of the app window.
  contents.on('will-navigate', (event, url) => {
    if (!isOwn(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwn(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Scanner exclusion: the URL passed the https allow-list on the same line.
    if (isAllowedExternalUrl(url)) void openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}
