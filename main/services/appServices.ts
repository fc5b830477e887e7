// Builds every main-side service from an environment. No Electron here: the Electron composition
// root and the renderer e2e harness both call this, so tests exercise the real services.
import type { EventChannel, EventPayload } from '../../shared/ipc/contract.ts';
import { BreakHistoryService, breakHistoryLogOptions } from '../breaks/breakHistory.ts';
import { BreaksService, type BreakNotification } from '../breaks/breaksService.ts';
import { breakRuntimeSpec } from '../breaks/runtimeDocument.ts';
import { realTimers, type TimerApi } from '../breaks/timers.ts';
import type { Handlers } from '../ipc/dispatcher.ts';
import { isAllowedExternalUrl } from '../security/externalLinks.ts';
import { openDocumentFile, type ConfFactory } from '../storage/documentFile.ts';
import { openPartitionedLog } from '../storage/partitionedLog.ts';
import type { FileDialogs } from '../pain/files.ts';
import { PainService } from '../pain/painService.ts';
import { painLogOptions } from '../pain/painLog.ts';
import { checklistStillNo } from '../pain/checklistNo.ts';
import { BreakDayIndex } from '../pain/breakDayIndex.ts';
import { CheckInService, checkInDocumentSpec } from '../pain/checkInService.ts';
import { loadVersionedDocument, type RecoveryReport } from '../storage/versionedDocument.ts';
import { randomUUID } from 'node:crypto';
import { ChecklistService, checklistDocumentSpec, checklistRecheckNotice } from './checklistService.ts';
import { GuideService, guideDocumentSpec } from './guideService.ts';
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
  /** Break engine seams (defaults: the process's clocks and timers, never idle, no notifications). */
  monoNow?(): number;
  timers?: TimerApi;
  idleSeconds?(): number;
  notify?(notification: BreakNotification): void;
  timeZone?: string;
  /** Pain log seams: save/open dialogs and the report's printToPDF. */
  files?: FileDialogs;
  printReport?(from: string, to: string): Promise<Uint8Array>;
  /** Shows the daily check-in reminder (a notification that opens the quick log). */
  remindCheckIn?(): void;
}

export interface AppServices {
  settings: SettingsService;
  notices: NoticeService;
  onboarding: OnboardingService;
  breaks: BreaksService;
  breakHistory: BreakHistoryService;
  guide: GuideService;
  checklist: ChecklistService;
  pain: PainService;
  checkIn: CheckInService;
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

  const breakHistory = new BreakHistoryService(
    openPartitionedLog({ ...breakHistoryLogOptions, dir: env.dataDir, factory: env.confFactory, onRecovered, stamp }),
    env.timeZone,
  );
  const breaks = new BreaksService({
    env: {
      monoNow: env.monoNow ?? (() => performance.now()),
      timers: env.timers ?? realTimers,
      idleSeconds: env.idleSeconds ?? (() => 0),
      notify: env.notify ?? (() => {}),
      ...(env.timeZone ? { timeZone: env.timeZone } : {}),
    },
    wallNow: () => env.now().getTime(),
    settings,
    runtime: loadVersionedDocument(openDocumentFile(env.confFactory, 'break-runtime'), breakRuntimeSpec, onRecovered, stamp),
    history: breakHistory,
    broadcast: (status) => env.broadcast('breaks:changed', status),
  });

  const guide = new GuideService(
    loadVersionedDocument(openDocumentFile(env.confFactory, 'guide'), guideDocumentSpec, onRecovered, stamp),
    (state) => env.broadcast('guide:changed', state),
    () => randomUUID().slice(0, 8),
  );
  const checklist = new ChecklistService(
    loadVersionedDocument(openDocumentFile(env.confFactory, 'checklist'), checklistDocumentSpec, onRecovered, stamp),
    env.now,
  );
  if (checklist.isOverdue()) notices.add(checklistRecheckNotice);

  const pain = new PainService({
    log: openPartitionedLog({ ...painLogOptions, dir: env.dataDir, factory: env.confFactory, onRecovered, stamp }),
    now: env.now,
    newId: () => `p-${randomUUID()}`,
    breaks: new BreakDayIndex(breakHistory, env.timeZone),
    checklist: { stillNo: () => checklistStillNo(checklist.get()) },
    ...(env.files ? { files: env.files } : {}),
    ...(env.printReport ? { printReport: env.printReport } : {}),
    onChange: (count) => env.broadcast('pain:changed', { count }),
  });
  breaks.setPainRegionsSource(() => pain.regionsThisWeek());
  const checkIn = new CheckInService(
    loadVersionedDocument(openDocumentFile(env.confFactory, 'checkin-reminder'), checkInDocumentSpec, onRecovered, stamp),
    env.timers ?? realTimers,
    env.now,
    env.remindCheckIn ?? (() => {}),
  );

  const handlers: Handlers = {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'settings:reset': () => settings.reset(),
    'onboarding:status': () => onboarding.status(),
    'onboarding:complete': (choices) => onboarding.complete(choices),
    'onboarding:skip': () => onboarding.skip(),
    'onboarding:reset': () => onboarding.reset(),
    'breaks:status': () => breaks.status(),
    'breaks:session': () => breaks.session(),
    'breaks:now': (kind) => breaks.now(kind),
    'breaks:postpone': () => breaks.postpone(),
    'breaks:skip': () => breaks.skip(),
    'breaks:complete': () => breaks.complete(),
    'breaks:endEarly': () => breaks.endEarly(),
    'breaks:pause': (request) => breaks.pause(request),
    'breaks:resume': () => breaks.resume(),
    'breaks:summary': () => breaks.summary(),
    'guide:get': () => guide.get(),
    'guide:setFavourite': ({ exerciseId, favourite }) => guide.setFavourite(exerciseId, favourite),
    'guide:saveRoutine': (routine) => guide.saveRoutine(routine),
    'guide:deleteRoutine': ({ id }) => guide.deleteRoutine(id),
    'guide:setSound': ({ on }) => guide.setSound(on),
    'checklist:get': () => checklist.get(),
    'checklist:save': ({ answers }) => checklist.save(answers),
    'checklist:setRecheckDays': ({ days }) => checklist.setRecheckDays(days),
    'pain:recent': ({ limit }) => pain.recent(limit),
    'pain:range': ({ from, to }) => pain.range(from, to),
    'pain:add': (draft) => pain.add(draft),
    'pain:update': ({ id, draft }) => pain.update(id, draft),
    'pain:delete': ({ id }) => pain.delete(id),
    'pain:restore': (entry) => pain.restore(entry),
    'pain:acknowledge': ({ id }) => pain.acknowledge(id),
    'pain:week': ({ date, locale }) => pain.week(date, locale),
    'pain:exportCsv': (range) => pain.exportCsv(range),
    'pain:exportJson': () => pain.exportJson(),
    'pain:importJson': () => pain.importJson(),
    'pain:exportPdf': ({ from, to }) => pain.exportPdf(from, to),
    'pain:checkIn': () => checkIn.get(),
    'pain:setCheckIn': (prefs) => checkIn.set(prefs),
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

  return { settings, notices, onboarding, breaks, breakHistory, guide, checklist, pain, checkIn, handlers };
}
