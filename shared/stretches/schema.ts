// zod schemas for the library's shapes: the content tests validate every item, and main validates
// user routines with the same item rules. Not imported by the renderer (no zod in its bundle).
import { z } from 'zod';
import { bodyRegions } from '../body/regions.ts';
import { breakFits, intensities, positions, sideModes } from './types.ts';

const id = z.string().regex(/^[a-z0-9-]{2,60}$/, 'Ids use lower-case letters, digits and dashes');
const line = z.string().trim().min(3).max(300);

export const ExerciseSchema = z.strictObject({
  id,
  name: z.string().trim().min(2).max(60),
  targets: z.array(z.enum(bodyRegions)).min(1).max(6),
  position: z.enum(positions),
  cue: line,
  steps: z.array(line).min(2).max(8),
  holdSec: z.number().int().min(1).max(120),
  reps: z.number().int().min(1).max(15),
  breaths: z.number().int().min(1).max(15).optional(),
  sides: z.enum(sideModes),
  cautions: z
    .array(line)
    .min(1)
    .max(6)
    .refine((c) => c.some((s) => s.startsWith('Stop')), 'At least one caution says when to stop'),
  suits: z.array(z.enum(breakFits)).min(1),
  intensity: z.enum(intensities),
  sources: z.array(z.string().min(3).max(120)).min(1),
  alt: z.string().trim().min(10).max(200),
});

export const RoutineItemSchema = z.strictObject({
  exerciseId: id,
  reps: z.number().int().min(1).max(15).optional(),
});

export const RoutineSchema = z.strictObject({
  id,
  name: z.string().trim().min(2).max(60),
  description: line,
  statedMinutes: z.number().int().min(1).max(30),
  setting: z.enum(['desk', 'floor']),
  items: z.array(RoutineItemSchema).min(1).max(30),
  sources: z.array(z.string().min(3).max(120)).min(1),
});

export const userRoutineLimits = { maxRoutines: 30, maxItems: 30, maxName: 60 } as const;

export const UserRoutineSchema = z.strictObject({
  id: z.string().regex(/^user-[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1, 'Give the routine a name').max(userRoutineLimits.maxName),
  items: z.array(RoutineItemSchema).min(1, 'Add at least one exercise').max(userRoutineLimits.maxItems),
});
