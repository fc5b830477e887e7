import { z } from 'zod';
import { answers, checklistLimits } from '../../checklist/types.ts';

const none = z.undefined();
const itemId = z.string().regex(/^[a-z0-9-]{2,60}$/);

export const AssessmentSchema = z.strictObject({
  id: z.string().regex(/^a-[a-z0-9-]{1,60}$/),
  at: z.iso.datetime(),
  answers: z.record(itemId, z.enum(answers)),
});

export const ChecklistStateSchema = z.object({
  /** Oldest first. */
  assessments: z.array(AssessmentSchema),
  recheckDays: z.number().int(),
  /** When the next check is due; null before the first assessment. */
  nextDueAt: z.iso.datetime().nullable(),
  /** True once the re-check date has passed (by main's clock). */
  overdue: z.boolean(),
});
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

export const checklistRequests = {
  'checklist:get': { input: none, output: ChecklistStateSchema },
  'checklist:save': {
    input: z.strictObject({
      answers: z
        .record(itemId, z.enum(answers))
        .refine((r) => Object.keys(r).length <= 100, 'Too many answers'),
    }),
    output: ChecklistStateSchema,
  },
  'checklist:setRecheckDays': {
    input: z.strictObject({
      days: z
        .number()
        .int('Use whole days')
        .min(checklistLimits.minRecheckDays, `Re-check interval must be at least ${checklistLimits.minRecheckDays} day`)
        .max(checklistLimits.maxRecheckDays, `Re-check interval must be at most ${checklistLimits.maxRecheckDays} days`),
    }),
    output: ChecklistStateSchema,
  },
} as const;
