// The one IPC contract. Every request lists its input and output schema; every event from main
// lists its payload schema. Main validates against it; the renderer's types are inferred from it.
// Each feature keeps its part in contracts/<feature>.ts; this file only joins them.
import type { z } from 'zod';
import { appEvents, appRequests } from './contracts/app.ts';
import { breaksEvents, breaksRequests } from './contracts/breaks.ts';
import { checklistRequests } from './contracts/checklist.ts';
import { guideEvents, guideRequests } from './contracts/guide.ts';
import { onboardingRequests } from './contracts/onboarding.ts';
import { painEvents, painRequests } from './contracts/pain.ts';
import { settingsEvents, settingsRequests } from './contracts/settings.ts';

export { AppInfoSchema, NoticeSchema, type Notice } from './contracts/app.ts';

export const requests = {
  ...appRequests,
  ...settingsRequests,
  ...onboardingRequests,
  ...breaksRequests,
  ...guideRequests,
  ...checklistRequests,
  ...painRequests,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  ...appEvents,
  ...settingsEvents,
  ...breaksEvents,
  ...guideEvents,
  ...painEvents,
} as const satisfies Record<string, z.ZodType>;

export type RequestChannel = keyof typeof requests;
export type EventChannel = keyof typeof events;
export type RequestInput<C extends RequestChannel> = z.input<(typeof requests)[C]['input']>;
export type RequestOutput<C extends RequestChannel> = z.output<(typeof requests)[C]['output']>;
export type EventPayload<C extends EventChannel> = z.output<(typeof events)[C]>;
