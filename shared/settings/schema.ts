import { z } from 'zod';
import { acceleratorProblem } from './accelerator.ts';
import { settingsLimits as L, themes, weekdays } from './limits.ts';

export const SETTINGS_SCHEMA_VERSION = 1;

const int = (key: keyof typeof L, label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(L[key].min, `${label} must be at least ${L[key].min}`)
    .max(L[key].max, `${label} must be at most ${L[key].max}`);

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00');

export const TimeRangeSchema = z
  .object({ start: clock, end: clock })
  .refine((r) => r.start < r.end, { message: 'A range must end after it starts', path: ['end'] });

const dayRanges = z.array(TimeRangeSchema).max(6, 'At most 6 ranges a day');

export const WorkingHoursSchema = z.object({
  enabled: z.boolean(),
  days: z.object(Object.fromEntries(weekdays.map((d) => [d, dayRanges])) as Record<(typeof weekdays)[number], typeof dayRanges>),
});

const accelerator = z
  .string()
  .max(60)
  .superRefine((value, ctx) => {
    const problem = acceleratorProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const SettingsSchema = z.object({
  breaks: z.object({
    micro: z.object({
      enabled: z.boolean(),
      intervalMin: int('microIntervalMin', 'Posture check interval'),
      durationSec: int('microDurationSec', 'Posture check length'),
    }),
    stretch: z.object({
      enabled: z.boolean(),
      intervalMin: int('stretchIntervalMin', 'Stretch break interval'),
      durationMin: int('stretchDurationMin', 'Stretch break length'),
    }),
  }),
  idle: z.object({
    thresholdSec: int('idleThresholdSec', 'Idle threshold'),
    /** Minutes of activity after waking or unlocking before a break may start. */
    resumeGraceMin: int('resumeGraceMin', 'Grace after waking'),
  }),
  postpone: z.object({
    minutes: int('postponeMin', 'Postpone length'),
    maxPerBreak: int('postponeMaxPerBreak', 'Postpones per break'),
  }),
  strictMode: z.boolean(),
  breakWindow: z.object({ allDisplays: z.boolean() }),
  warning: z.object({ enabled: z.boolean(), secondsBefore: int('warningSeconds', 'Warning time') }),
  workingHours: WorkingHoursSchema,
  appearance: z.object({ theme: z.enum(themes) }),
  system: z.object({
    launchAtLogin: z.boolean(),
    /** Global shortcuts; '' means none (the default: global keys belong to the user). */
    shortcuts: z
      .object({ breakNow: accelerator, pauseResume: accelerator, quickLog: accelerator })
      .superRefine((keys, ctx) => {
        const seen = new Map<string, string>();
        for (const [action, key] of Object.entries(keys)) {
          if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: [action], message: `${key} is already used for another shortcut` });
          seen.set(key, action);
        }
      }),
  }),
});

export type Settings = z.infer<typeof SettingsSchema>;

const workday = [{ start: '09:00', end: '17:30' }];

export const defaultSettings: Settings = {
  breaks: {
    micro: { enabled: true, intervalMin: 20, durationSec: 30 },
    stretch: { enabled: true, intervalMin: 60, durationMin: 5 },
  },
  idle: { thresholdSec: 60, resumeGraceMin: 2 },
  postpone: { minutes: 5, maxPerBreak: 2 },
  strictMode: false,
  breakWindow: { allDisplays: false },
  warning: { enabled: true, secondsBefore: 30 },
  workingHours: {
    enabled: false,
    days: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
  },
  appearance: { theme: 'system' },
  system: { launchAtLogin: false, shortcuts: { breakNow: '', pauseResume: '', quickLog: '' } },
};

/**
 * A patch names whole leaf sections: `{ breaks: { micro: { intervalMin: 25 } } }`.
 * Shape only; ranges are checked on the merged result so messages name the real field.
 */
const deepPartial = (schema: z.ZodType): z.ZodType => {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return z.strictObject(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, deepPartial(v).optional()])));
  }
  return schema;
};

export const SettingsPatchSchema = deepPartial(SettingsSchema) as z.ZodType<DeepPartial<Settings>, DeepPartial<Settings>>;

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Merges a validated patch into settings; arrays replace, objects merge. */
export function mergeSettings<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return base;
  if (Array.isArray(base) || typeof base !== 'object' || base === null) return patch as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = mergeSettings((base as Record<string, unknown>)[k], v as never);
  }
  return out as T;
}
