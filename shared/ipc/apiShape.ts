// How the contract's channels appear on `window.limber`. Plain data with no zod, so the sandboxed
// preload can walk it without bundling the schemas. A unit test checks it covers the contract exactly.
import type { EventChannel, RequestChannel } from './contract.ts';

export interface RequestSlot<C extends RequestChannel = RequestChannel> {
  kind: 'request';
  channel: C;
}
export interface EventSlot<C extends EventChannel = EventChannel> {
  kind: 'event';
  channel: C;
}

const req = <C extends RequestChannel>(channel: C): RequestSlot<C> => ({ kind: 'request', channel });
const evt = <C extends EventChannel>(channel: C): EventSlot<C> => ({ kind: 'event', channel });

export const apiShape = {
  settings: {
    get: req('settings:get'),
    update: req('settings:update'),
    reset: req('settings:reset'),
    onChanged: evt('settings:changed'),
  },
  app: {
    info: req('app:info'),
    notices: req('app:notices'),
    dismissNotice: req('app:dismissNotice'),
    openExternal: req('app:openExternal'),
    onNavigate: evt('app:navigate'),
    onNotices: evt('app:notices'),
  },
  onboarding: {
    status: req('onboarding:status'),
    complete: req('onboarding:complete'),
    skip: req('onboarding:skip'),
    reset: req('onboarding:reset'),
  },
  guide: {
    get: req('guide:get'),
    setFavourite: req('guide:setFavourite'),
    saveRoutine: req('guide:saveRoutine'),
    deleteRoutine: req('guide:deleteRoutine'),
    setSound: req('guide:setSound'),
    onChanged: evt('guide:changed'),
  },
  checklist: {
    get: req('checklist:get'),
    save: req('checklist:save'),
    setRecheckDays: req('checklist:setRecheckDays'),
  },
  pain: {
    recent: req('pain:recent'),
    range: req('pain:range'),
    add: req('pain:add'),
    update: req('pain:update'),
    delete: req('pain:delete'),
    restore: req('pain:restore'),
    acknowledge: req('pain:acknowledge'),
    week: req('pain:week'),
    exportCsv: req('pain:exportCsv'),
    exportJson: req('pain:exportJson'),
    importJson: req('pain:importJson'),
    exportPdf: req('pain:exportPdf'),
    checkIn: req('pain:checkIn'),
    setCheckIn: req('pain:setCheckIn'),
    onChanged: evt('pain:changed'),
  },
  breaks: {
    status: req('breaks:status'),
    session: req('breaks:session'),
    now: req('breaks:now'),
    postpone: req('breaks:postpone'),
    skip: req('breaks:skip'),
    complete: req('breaks:complete'),
    endEarly: req('breaks:endEarly'),
    pause: req('breaks:pause'),
    resume: req('breaks:resume'),
    summary: req('breaks:summary'),
    onChanged: evt('breaks:changed'),
  },
} as const;

export type ApiShape = typeof apiShape;
