// Break kinds and the events the history records. Plain types and constants, no zod, so the
// renderer can import them without the validation library.

export const breakKinds = ['micro', 'stretch'] as const;
export type BreakKind = (typeof breakKinds)[number];

export const breakKindLabels: Record<BreakKind, string> = { micro: 'Posture check', stretch: 'Stretch break' };

/** Everything that can happen to a break. `natural` is rest the user took on their own (idle, lock, sleep). */
export const breakEventTypes = ['due', 'warned', 'started', 'completed', 'postponed', 'skipped', 'natural', 'endedEarly'] as const;
export type BreakEventType = (typeof breakEventTypes)[number];

/** The events that close a due break: each due break ends in exactly one of these. */
export const breakOutcomes = ['completed', 'postponed', 'skipped', 'endedEarly'] as const satisfies readonly BreakEventType[];
export type BreakOutcome = (typeof breakOutcomes)[number];

export interface BreakEvent {
  id: string;
  type: BreakEventType;
  kind: BreakKind;
  /** The break this event belongs to (due, warned, started and the outcome share it). */
  breakId: string;
  /** Wall-clock time, ISO 8601 with offset Z. */
  at: string;
  /** The user's UTC offset in minutes when it happened (east positive); groups the event by local day. */
  offsetMin?: number;
  /** Kinds whose counters this break resets (a stretch break also covers the posture check). */
  covers: BreakKind[];
  /** Milliseconds: the rest length for natural breaks, the planned length for started breaks. */
  durationMs?: number;
}
