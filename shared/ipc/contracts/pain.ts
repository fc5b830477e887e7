// Pain log and weekly review channels. Every field is bounded: main rejects anything else.
import { z } from 'zod';
import { bodyRegions, sides } from '../../body/regions.ts';
import {
  interferenceAreas,
  painLimits,
  painQualities,
  presetTriggers,
  reliefMethods,
  symptomKinds,
  symptomSites,
  warningSigns,
} from '../../pain/vocabulary.ts';
import { checkInTimePattern } from '../../pain/checkIn.ts';

const none = z.undefined();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-23');
const score = z.number().int().min(0).max(10);
const id = z.string().min(1).max(painLimits.maxIdLength).regex(/^[A-Za-z0-9_-]+$/, 'Ids hold letters, digits, dashes and underscores');
const uniq = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs.map((x) => JSON.stringify(x))).size === xs.length, 'Each choice may appear once');

export const PainDraftSchema = z.strictObject({
  at: z.iso.datetime(),
  offsetMin: z.number().int().min(-840).max(840),
  intensity: score,
  regions: uniq(z.strictObject({ region: z.enum(bodyRegions), side: z.enum(sides) }), painLimits.maxRegions).min(1, 'Choose at least one region'),
  qualities: uniq(z.enum(painQualities), painLimits.maxQualities),
  radiatesTo: uniq(z.enum(bodyRegions), painLimits.maxRegions),
  symptoms: uniq(z.strictObject({ kind: z.enum(symptomKinds), site: z.enum(symptomSites) }), painLimits.maxSymptoms),
  warningSigns: uniq(z.enum(warningSigns), warningSigns.length),
  triggers: uniq(z.enum(presetTriggers), presetTriggers.length),
  customTriggers: uniq(z.string().trim().min(1).max(painLimits.maxCustomTriggerLength), painLimits.maxTriggers),
  relief: z
    .array(z.strictObject({ method: z.enum(reliefMethods), helpedPercent: z.number().int().min(0).max(100).multipleOf(10) }))
    .max(painLimits.maxRelief),
  interference: z.strictObject(Object.fromEntries(interferenceAreas.map((a) => [a, score.optional()])) as Record<(typeof interferenceAreas)[number], z.ZodOptional<typeof score>>),
  notes: z.string().max(painLimits.maxNotesLength),
});

export const BreakContextSchema = z.strictObject({
  taken: z.number().int().min(0).max(10_000),
  skipped: z.number().int().min(0).max(10_000),
  postponed: z.number().int().min(0).max(10_000),
});

export const PainEntrySchema = PainDraftSchema.extend({
  id,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  breakContext: BreakContextSchema,
  flagsShown: z.array(z.string().max(60)).max(40),
  acknowledgedAt: z.iso.datetime().nullable(),
});

const FlagSchema = z.object({ id: z.string(), level: z.enum(['emergency', 'urgent', 'routine']), reason: z.string(), sources: z.array(z.string()) });

export const SaveResultSchema = z.object({
  entry: PainEntrySchema,
  flags: z.array(FlagSchema),
  newStrain: z.boolean(),
});

const range = z.strictObject({ from: isoDate, to: isoDate });

export const WeeklyReviewSchema = z.object({
  weekStart: isoDate,
  weekEnd: isoDate,
  daysLogged: z.number(),
  entryCount: z.number(),
  days: z.array(z.object({ date: isoDate, count: z.number(), mean: z.number().nullable(), max: z.number().nullable() })),
  mean: z.number().nullable(),
  previousMean: z.number().nullable(),
  change: z.object({ direction: z.enum(['better', 'worse', 'same']), meaningful: z.boolean(), points: z.number() }).nullable(),
  regions: z.array(z.object({ region: z.enum(bodyRegions), count: z.number(), mean: z.number() })),
  qualities: z.array(z.object({ quality: z.enum(painQualities), count: z.number() })),
  interference: z.array(z.object({ area: z.enum(interferenceAreas), mean: z.number(), days: z.number() })),
  relief: z.array(z.object({ method: z.enum(reliefMethods), times: z.number(), meanHelped: z.number() })),
  adherence: z.array(z.object({ date: isoDate, taken: z.number(), skipped: z.number(), postponed: z.number(), meanPain: z.number().nullable() })),
  association: z.object({ higherDays: z.number(), lowerDays: z.number(), painOnHigher: z.number(), painOnLower: z.number() }).nullable(),
  checklistNo: z.array(z.string()),
  flags: z.array(FlagSchema.extend({ date: isoDate, acknowledged: z.boolean() })),
  routine: z.array(FlagSchema),
});

export const ExportResultSchema = z.object({ saved: z.boolean(), path: z.string().nullable(), count: z.number() });
export const ImportResultSchema = z.object({ imported: z.boolean(), added: z.number(), skipped: z.number() });

const CheckInSchema = z.strictObject({ enabled: z.boolean(), time: z.string().regex(checkInTimePattern, 'Use a time such as 17:30') });

export const painRequests = {
  'pain:recent': { input: z.strictObject({ limit: z.number().int().min(1).max(500) }), output: z.array(PainEntrySchema) },
  'pain:range': { input: range, output: z.array(PainEntrySchema) },
  'pain:add': { input: PainDraftSchema, output: SaveResultSchema },
  'pain:update': { input: z.strictObject({ id, draft: PainDraftSchema }), output: SaveResultSchema },
  'pain:delete': { input: z.strictObject({ id }), output: PainEntrySchema },
  /** Undo of a delete: puts the same entry back. */
  'pain:restore': { input: PainEntrySchema, output: PainEntrySchema },
  'pain:acknowledge': { input: z.strictObject({ id }), output: PainEntrySchema },
  'pain:week': { input: z.strictObject({ date: isoDate, locale: z.string().min(2).max(35) }), output: WeeklyReviewSchema },
  'pain:exportCsv': { input: range, output: ExportResultSchema },
  'pain:exportJson': { input: none, output: ExportResultSchema },
  'pain:importJson': { input: none, output: ImportResultSchema },
  /** Prints the report view to PDF (Electron only) and offers to save it. */
  'pain:exportPdf': { input: range, output: ExportResultSchema },
  'pain:checkIn': { input: none, output: CheckInSchema },
  'pain:setCheckIn': { input: CheckInSchema, output: CheckInSchema },
} as const;

export const painEvents = {
  'pain:changed': z.object({ count: z.number() }),
} as const;
