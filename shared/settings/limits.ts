// Plain numbers, no zod: the renderer imports these for its input bounds without
// pulling the validation library into its bundle. Main validates with the same numbers.

export const settingsLimits = {
  microIntervalMin: { min: 5, max: 120 },
  microDurationSec: { min: 10, max: 300 },
  stretchIntervalMin: { min: 15, max: 240 },
  stretchDurationMin: { min: 1, max: 30 },
  idleThresholdSec: { min: 15, max: 900 },
  postponeMin: { min: 1, max: 30 },
  postponeMaxPerBreak: { min: 0, max: 5 },
  warningSeconds: { min: 10, max: 300 },
  resumeGraceMin: { min: 0, max: 15 },
} as const;

export type LimitKey = keyof typeof settingsLimits;

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
