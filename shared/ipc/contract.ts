// The one IPC contract. Every request lists its input and output schema; every event from main
// lists its payload schema. Main validates against it; the renderer's types are inferred from it.
import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema.ts';
import { sections } from '../sections.ts';

const none = z.undefined();

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDir: z.string(),
});

export const NoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const requests = {
  'settings:get': { input: none, output: SettingsSchema },
  'settings:update': { input: SettingsPatchSchema, output: SettingsSchema },
  'settings:reset': { input: none, output: SettingsSchema },
  'app:info': { input: none, output: AppInfoSchema },
  'app:notices': { input: none, output: z.array(NoticeSchema) },
  'app:dismissNotice': { input: z.string().max(200), output: z.array(NoticeSchema) },
  'app:openExternal': { input: z.url().max(2000), output: z.boolean() },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'settings:changed': SettingsSchema,
  'app:navigate': z.enum(sections),
  'app:notices': z.array(NoticeSchema),
} as const satisfies Record<string, z.ZodType>;

export type RequestChannel = keyof typeof requests;
export type EventChannel = keyof typeof events;
export type RequestInput<C extends RequestChannel> = z.input<(typeof requests)[C]['input']>;
export type RequestOutput<C extends RequestChannel> = z.output<(typeof requests)[C]['output']>;
export type EventPayload<C extends EventChannel> = z.output<(typeof events)[C]>;
