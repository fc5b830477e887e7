import { z } from 'zod';
import { presetIds } from '../../settings/presets.ts';

const none = z.undefined();

export const OnboardingStatusSchema = z.object({
  completed: z.boolean(),
  completedAt: z.iso.datetime().optional(),
});
export type OnboardingStatus = z.infer<typeof OnboardingStatusSchema>;

export const OnboardingChoicesSchema = z.strictObject({
  preset: z.enum(presetIds),
  workingHours: z.boolean(),
  launchAtLogin: z.boolean(),
});

export const onboardingRequests = {
  'onboarding:status': { input: none, output: OnboardingStatusSchema },
  /** Applies the first-run choices to settings and marks the first run done. */
  'onboarding:complete': { input: OnboardingChoicesSchema, output: OnboardingStatusSchema },
  /** Skips the first run, keeping the current settings. */
  'onboarding:skip': { input: none, output: OnboardingStatusSchema },
  /** Shows the first run again at the next start (Settings → Data). */
  'onboarding:reset': { input: none, output: OnboardingStatusSchema },
} as const;
