import { z } from 'zod';
import { sections } from '../../sections.ts';

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

export const appRequests = {
  'app:info': { input: none, output: AppInfoSchema },
  'app:notices': { input: none, output: z.array(NoticeSchema) },
  'app:dismissNotice': { input: z.string().max(200), output: z.array(NoticeSchema) },
  'app:openExternal': { input: z.url().max(2000), output: z.boolean() },
} as const;

export const appEvents = {
  'app:navigate': z.enum(sections),
  'app:notices': z.array(NoticeSchema),
} as const;
