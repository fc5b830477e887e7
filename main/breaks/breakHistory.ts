// Break history: every break event, held in memory and written through to one file per month.
import { z } from 'zod';
import { BreakEventSchema } from '../../shared/ipc/contracts/breaks.ts';
import { dailyBreakCounts, utcOffsetMinutes, type DailyBreakCounts } from '../../shared/breaks/dailyCounts.ts';
import type { BreakEvent } from '../../shared/breaks/types.ts';
import { DomainError } from '../../shared/ipc/result.ts';
import type { PartitionedLog, PartitionedLogOptions } from '../storage/partitionedLog.ts';

const PartitionSchema = z.array(BreakEventSchema);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const breakHistorySpec: PartitionedLogOptions<BreakEvent>['spec'] = {
  version: 1,
  parse(data) {
    const r = PartitionSchema.safeParse(data);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
};

export const breakHistoryLogOptions = {
  name: 'breaks',
  partitionOf: (e: BreakEvent) => e.at.slice(0, 7),
  compare: (a: BreakEvent, b: BreakEvent) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  spec: breakHistorySpec,
};

export class BreakHistoryService {
  readonly #log: PartitionedLog<BreakEvent>;
  readonly #timeZone: string | undefined;

  constructor(log: PartitionedLog<BreakEvent>, timeZone?: string) {
    this.#log = log;
    this.#timeZone = timeZone;
  }

  /** Stores events from the scheduler; ids are derived from the break and the event type. */
  record(events: ReadonlyArray<Omit<BreakEvent, 'id'>>): BreakEvent[] {
    const stored: BreakEvent[] = [];
    for (const event of events) {
      let id = `${event.breakId}:${event.type}`;
      for (let n = 2; this.#log.get(id) || stored.some((e) => e.id === id); n++) id = `${event.breakId}:${event.type}:${n}`;
      stored.push({ ...event, id, offsetMin: event.offsetMin ?? utcOffsetMinutes(new Date(event.at), this.#timeZone) });
    }
    if (stored.length) this.#log.appendMany(stored);
    return stored;
  }

  all(): readonly BreakEvent[] {
    return this.#log.all();
  }

  /** Taken, skipped, postponed and natural breaks per local day, `from` to `to` inclusive (YYYY-MM-DD). */
  dailyCounts(from: string, to: string): DailyBreakCounts[] {
    if (!isoDate.safeParse(from).success || !isoDate.safeParse(to).success) {
      throw new DomainError('INVALID_INPUT', 'Dates must look like 2026-11-23');
    }
    if (from > to) throw new DomainError('INVALID_INPUT', 'The start date must not be after the end date');
    return dailyBreakCounts(this.#log.all(), from, to, this.#timeZone);
  }
}
