import { z } from 'zod';
import { RoutineItemSchema, UserRoutineSchema, userRoutineLimits } from '../../stretches/schema.ts';

const none = z.undefined();
const exerciseId = z.string().regex(/^[a-z0-9-]{2,60}$/, 'Unknown exercise');

export const GuideStateSchema = z.object({
  favourites: z.array(z.string()),
  userRoutines: z.array(UserRoutineSchema),
  /** A soft tone at step changes in the player; off by default. */
  sound: z.boolean(),
});
export type GuideState = z.infer<typeof GuideStateSchema>;

export const guideRequests = {
  'guide:get': { input: none, output: GuideStateSchema },
  'guide:setFavourite': {
    input: z.strictObject({ exerciseId, favourite: z.boolean() }),
    output: GuideStateSchema,
  },
  /** Creates a routine (no id) or replaces one: rename and reorder both go through here. */
  'guide:saveRoutine': {
    input: z.strictObject({
      id: z.string().max(60).optional(),
      name: z.string().trim().min(1, 'Give the routine a name').max(userRoutineLimits.maxName, 'Keep the name to 60 characters'),
      items: z.array(RoutineItemSchema).min(1, 'Add at least one exercise').max(userRoutineLimits.maxItems, 'A routine holds at most 30 exercises'),
    }),
    output: GuideStateSchema,
  },
  'guide:deleteRoutine': { input: z.strictObject({ id: z.string().max(60) }), output: GuideStateSchema },
  'guide:setSound': { input: z.strictObject({ on: z.boolean() }), output: GuideStateSchema },
} as const;

export const guideEvents = {
  'guide:changed': GuideStateSchema,
} as const;
