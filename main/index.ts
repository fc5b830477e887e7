// Composition root: the only file that wires Electron to the services. Everything it builds is
// tested elsewhere as plain data or plain Node; this file stays thin on purpose.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, ipcMain, nativeTheme, net, protocol, session, shell, webContents, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import type { EventChannel, EventPayload } from '../shared/ipc/contract.ts';
import { electronBreakEnvironment, runBreakAction, wireBreaks } from './breaks/wireBreaks.ts';
import { createDispatcher } from './ipc/dispatcher.ts';
import { registerIpc } from './ipc/registerIpc.ts';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, mimeTypeFor, resolveAppRequest } from './security/appProtocol.ts';
import { contentSecurityPolicy } from './security/contentSecurityPolicy.ts';
import { denyAllPermissions, guardWebContents } from './security/installGuards.ts';
import { createAppServices } from './services/appServices.ts';
import { devSwitches } from './security/devSwitches.ts';
import { confFactoryFor } from './storage/confFactory.ts';
import { wireSystem } from './system/wireSystem.ts';
import { TrayController } from './tray/tray.ts';
import { panelShade, trayIconFile } from './tray/trayIcon.ts';
import { MainWindowController } from './windows/mainWindow.ts';
import { electronCheckInReminder, electronFileDialogs, electronPrintReport, electronQuickLog } from './pain/wirePain.ts';

// A test seam for the Electron e2e tier: an absolute data folder keeps runs apart from real data.
// Both switches are ignored in a packaged app (see devSwitches).
const switches = devSwitches(process.env, app.isPackaged);
if (switches.userDataDir) app.setPath('userData', switches.userDataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  void app.whenReady().then(start);
}

function start(): void {
  const devUrl = switches.rendererUrl;
  const allowedOrigins = devUrl ? [new URL(devUrl).origin] : [APP_ORIGIN];
  const rendererRoot = path.join(import.meta.dirname, '../renderer');
  const iconDir = path.join(app.getAppPath(), 'resources/icons');
  const ownWindows = new Set<number>();
  let quitting = false;

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers({ 'content-type': mimeTypeFor(file), 'content-security-policy': contentSecurityPolicy });
    return new Response(response.body, { status: response.status, headers });
  });
  denyAllPermissions(session.defaultSession);
  // Scanner exclusion: guardWebContents calls this only for URLs that pass isAllowedExternalUrl.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, allowedOrigins, (url) => shell.openExternal(url))); // eng-disable OPEN_EXTERNAL_JS_CHECK

  const broadcast = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => {
    for (const id of ownWindows) webContents.fromId(id)?.send(channel, payload);
  };
  const breakEnv = electronBreakEnvironment();
  const trackWindow = (win: BrowserWindow) => {
    const id = win.webContents.id;
    ownWindows.add(id);
    win.on('closed', () => ownWindows.delete(id));
  };
  // Every Limber window: the same preload and page, and registered as ours for the IPC sender check.
  const windowDeps = { preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'), entryUrl: devUrl ?? APP_ENTRY_URL, onCreated: trackWindow };
  const quickLog = electronQuickLog(windowDeps);
  const services = createAppServices({
    ...breakEnv.env,
    dataDir: app.getPath('userData'),
    confFactory: confFactoryFor(app.getPath('userData'), ElectronStore),
    appVersion: app.getVersion(),
    platform: process.platform,
    now: () => new Date(),
    // Scanner exclusion: reached only through app:openExternal, which checks isAllowedExternalUrl first.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    broadcast,
    files: electronFileDialogs(),
    printReport: electronPrintReport(windowDeps),
    remindCheckIn: electronCheckInReminder(() => quickLog.show()),
  });
  const applyTheme = () => (nativeTheme.themeSource = services.settings.get().appearance.theme);
  applyTheme();
  services.settings.onChange(applyTheme);

  registerIpc(ipcMain, createDispatcher(services.handlers), {
    allowedOrigins,
    isOwnWebContents: (id) => ownWindows.has(id),
  });

  const mainWindow = new MainWindowController({
    preloadPath: windowDeps.preloadPath,
    iconPath: path.join(iconDir, 'app.png'),
    entryUrl: windowDeps.entryUrl,
    isQuitting: () => quitting,
    onCreated: trackWindow,
  });

  const tray = new TrayController(trayIconFile(iconDir, 'running', panelShade(process.platform, nativeTheme)), (action) => {
    if (action.type === 'quit') app.quit();
    else if (action.type === 'open') mainWindow.show(action.section);
    else if (action.type === 'quickLog') quickLog.show();
    else runBreakAction(services, action);
  });
  tray.render({});
  const stopBreaks = wireBreaks({
    services,
    preloadPath: windowDeps.preloadPath,
    entryUrl: windowDeps.entryUrl,
    tray,
    trayIcon: (state) => trayIconFile(iconDir, state, panelShade(process.platform, nativeTheme)),
    onWindowCreated: trackWindow,
    onNotificationAction: breakEnv.onAction,
  });

  wireSystem(services.settings, services.notices, (action) => {
    if (action === 'quickLog') quickLog.show();
    else runBreakAction(services, { type: action });
  });

  app.on('second-instance', () => mainWindow.show());
  app.on('before-quit', () => {
    quitting = true;
    stopBreaks();
  });
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => {});
  app.on('activate', () => mainWindow.show());

  if (!process.argv.includes('--hidden')) mainWindow.show();
}
