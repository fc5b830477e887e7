// Builds every main-side service from an environment. No Electron here: the Electron composition
// root and the renderer e2e harness both call this, so tests exercise the real services.
import type { EventChannel, EventPayload } from '../../shared/ipc/contract.ts';
import type { Handlers } from '../ipc/dispatcher.ts';
import { isAllowedExternalUrl } from '../security/externalLinks.ts';
import { openDocumentFile, type ConfFactory } from '../storage/documentFile.ts';
import { loadVersionedDocument, type RecoveryReport } from '../storage/versionedDocument.ts';
import { NoticeService } from './noticeService.ts';
import { OnboardingService, onboardingDocumentSpec } from './onboardingService.ts';
import { SettingsService, settingsDocumentSpec } from './settingsService.ts';

export interface AppEnvironment {
  dataDir: string;
  confFactory: ConfFactory;
  appVersion: string;
  platform: string;
  /** Wall-clock now; injected so tests control time. */
  now(): Date;
  openExternal(url: string): Promise<void>;
  broadcast<C extends EventChannel>(channel: C, payload: EventPayload<C>): void;
}

export interface AppServices {
  settings: SettingsService;
  notices: NoticeService;
  onboarding: OnboardingService;
  handlers: Handlers;
}

export function recoveryNotice(report: RecoveryReport) {
  const where = report.movedTo ? ` The damaged file was kept at ${report.movedTo}.` : '';
  const what = report.restoredFrom
    ? `Limber restored your ${report.store} from the backup ${report.restoredFrom}`
    : `Limber started with fresh ${report.store}`;
  return {
    id: `recovered:${report.store}`,
    level: 'warning' as const,
    title: `Your ${report.store} file could not be read`,
    message: `${what} because ${report.reason}.${where}`,
  };
}

export function createAppServices(env: AppEnvironment): AppServices {
  const notices = new NoticeService((list) => env.broadcast('app:notices', list));
  const stamp = () => env.now().toISOString().replace(/[:.]/g, '-');
  const onRecovered = (report: RecoveryReport) => notices.add(recoveryNotice(report));

  const settings = new SettingsService(
    loadVersionedDocument(openDocumentFile(env.confFactory, 'settings'), settingsDocumentSpec, onRecovered, stamp),
  );
  settings.onChange((value) => env.broadcast('settings:changed', value));
  const onboarding = new OnboardingService(
    loadVersionedDocument(openDocumentFile(env.confFactory, 'onboarding'), onboardingDocumentSpec, onRecovered, stamp),
    settings,
    env.now,
  );

  const handlers: Handlers = {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'settings:reset': () => settings.reset(),
    'onboarding:status': () => onboarding.status(),
    'onboarding:complete': (choices) => onboarding.complete(choices),
    'onboarding:skip': () => onboarding.skip(),
    'onboarding:reset': () => onboarding.reset(),
    'app:info': () => ({ name: 'Limber', version: env.appVersion, platform: env.platform, dataDir: env.dataDir }),
    'app:notices': () => notices.list(),
    'app:dismissNotice': (id) => notices.dismiss(id),
    'app:openExternal': async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      // Scanner exclusion: the allow-list check above guards this call.
      await env.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return true;
    },
  };

  return { settings, notices, onboarding, handlers };
}
