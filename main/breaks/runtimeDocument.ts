// The scheduler's state on disk, so quitting and relaunching keeps progress. Written at changes
// and at most every few minutes otherwise, never per second.
import { z } from 'zod';
import { breakKinds } from '../../shared/breaks/types.ts';
import type { SchedulerState } from '../../shared/scheduler/types.ts';
import type { DocumentSpec } from '../storage/versionedDocument.ts';

const num = z.number().finite();
const kind = z.enum(breakKinds);
const perKind = z.object({ micro: num, stretch: num });
const monoWall = z.object({ mono: num, wall: num });

const StateSchema = z.object({
  seq: z.number().int().min(0),
  counters: perKind,
  extension: perKind,
  postpones: z.number().int().min(0).max(100),
  graceMs: num.min(0),
  upcomingId: z.string().max(80).nullable(),
  activeBreak: z
    .object({
      id: z.string().max(80),
      kind,
      covers: z.array(kind).max(2),
      startedMono: num,
      endsMono: num,
      startedWall: num,
      durationMs: num.min(0),
      postpones: z.number().int().min(0).max(100),
    })
    .nullable(),
  pause: z.object({ untilMono: num.optional(), untilWall: num.optional() }).nullable(),
  away: z.boolean(),
  locked: z.boolean(),
  asleep: z.boolean(),
  rest: z.object({ mono: num, wall: num, extraMs: num.min(0) }).nullable(),
  sleepStart: monoWall.nullable(),
  lastInputMono: num,
  credited: z.array(kind).max(4),
  sinceAnyBreakMs: num.min(0),
  lastMono: num,
  lastWall: num,
  totalActiveMs: num.min(0),
  totalElapsedMs: num.min(0),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.object({ activeMs: num.min(0), longestMs: num.min(0) })),
});

/** `undefined` state means nothing was saved yet (first run). */
export type BreakRuntimeDoc = { state?: SchedulerState };

export const breakRuntimeSpec: DocumentSpec<BreakRuntimeDoc> = {
  version: 1,
  parse(data) {
    const r = z.object({ state: StateSchema.optional() }).safeParse(data);
    return r.success ? { ok: true, value: r.data as BreakRuntimeDoc } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => ({}),
};

