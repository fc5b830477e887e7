import { z } from 'zod';
import { bodyRegions } from '../../body/regions.ts';
import { breakEventTypes, breakKinds } from '../../breaks/types.ts';
import { breakModes } from '../../scheduler/status.ts';

const none = z.undefined();
const kind = z.enum(breakKinds);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-23');
const ms = z.number().int().min(0).max(365 * 86_400_000);

export const ActiveBreakStatusSchema = z.object({
  id: z.string(),
  kind,
  covers: z.array(kind),
  startedAt: z.iso.datetime(),
  durationMs: ms,
  remainingMs: ms,
  canPostpone: z.boolean(),
  canSkip: z.boolean(),
  postponesLeft: z.number().int().min(0),
  strict: z.boolean(),
});

export const BreakStatusSchema = z.object({
  mode: z.enum(breakModes),
  next: z.object({ kind, inMs: ms }).nullable(),
  pausedUntil: z.iso.datetime().nullable(),
  activeBreak: ActiveBreakStatusSchema.nullable(),
});

export const BreakEventSchema = z.strictObject({
  id: z.string().min(1).max(80),
  type: z.enum(breakEventTypes),
  kind,
  breakId: z.string().min(1).max(80),
  at: z.iso.datetime(),
  offsetMin: z.number().int().min(-840).max(840).optional(),
  covers: z.array(kind).max(2),
  durationMs: ms.optional(),
});

export const BreakPeriodSummarySchema = z.object({
  taken: z.number().int().min(0),
  skipped: z.number().int().min(0),
  postponed: z.number().int().min(0),
  natural: z.number().int().min(0),
  endedEarly: z.number().int().min(0),
  activeMs: ms,
  longestWithoutBreakMs: ms,
});
export type BreakPeriodSummary = z.infer<typeof BreakPeriodSummarySchema>;

export const BreakSummarySchema = z.object({
  today: BreakPeriodSummarySchema,
  week: BreakPeriodSummarySchema,
  /** The last seven local days, oldest first. */
  days: z.array(z.object({ date: isoDate, taken: z.number(), skipped: z.number(), postponed: z.number(), natural: z.number() })),
  recent: z.array(BreakEventSchema),
});
export type BreakSummary = z.infer<typeof BreakSummarySchema>;

export const PauseRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('minutes'), minutes: z.union([z.literal(30), z.literal(60), z.literal(120)]) }),
  z.strictObject({ kind: z.literal('tomorrow') }),
  z.strictObject({ kind: z.literal('untilResumed') }),
]);

export const BreakSessionSchema = z.object({
  activeBreak: ActiveBreakStatusSchema.nullable(),
  /** Regions the user logged pain in this week, for choosing the routine. */
  painRegions: z.array(z.enum(bodyRegions)),
});
export type BreakSession = z.infer<typeof BreakSessionSchema>;

export const breaksRequests = {
  'breaks:status': { input: none, output: BreakStatusSchema },
  'breaks:session': { input: none, output: BreakSessionSchema },
  'breaks:now': { input: kind.optional(), output: BreakStatusSchema },
  'breaks:postpone': { input: none, output: BreakStatusSchema },
  'breaks:skip': { input: none, output: BreakStatusSchema },
  'breaks:complete': { input: none, output: BreakStatusSchema },
  /** Strict mode's emergency exit; recorded as ended early. */
  'breaks:endEarly': { input: none, output: BreakStatusSchema },
  'breaks:pause': { input: PauseRequestSchema, output: BreakStatusSchema },
  'breaks:resume': { input: none, output: BreakStatusSchema },
  'breaks:summary': { input: none, output: BreakSummarySchema },
} as const;

export const breaksEvents = {
  'breaks:changed': BreakStatusSchema,
} as const;
