// Break adherence per local day, for the Breaks screen and the pain log's weekly review.
import type { BreakEvent } from './types.ts';

export interface DailyBreakCounts {
  /** Local day, YYYY-MM-DD. */
  date: string;
  taken: number;
  skipped: number;
  postponed: number;
  natural: number;
}

/** The user's local calendar day of an instant, YYYY-MM-DD (in `timeZone`, default the system's). */
export function localDate(at: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Minutes the local time in `timeZone` is ahead of UTC at `at` (east positive, DST included). */
export function utcOffsetMinutes(at: Date, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The local day of an event: by the offset recorded with it, so a later time-zone change regroups nothing. */
export function eventLocalDate(event: Pick<BreakEvent, 'at' | 'offsetMin'>, timeZone?: string): string {
  if (event.offsetMin === undefined) return localDate(new Date(event.at), timeZone);
  return new Date(Date.parse(event.at) + event.offsetMin * 60_000).toISOString().slice(0, 10);
}

/** Every date from `from` to `to` inclusive (YYYY-MM-DD, calendar arithmetic, no time zone). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || Number.isNaN(end.getTime())) return out;
  while (day <= end && out.length < 3700) {
    out.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return out;
}

/**
 * Counts per local day from `from` to `to` inclusive, one row per day (zeros included).
 * Taken = completed breaks plus breaks ended early in strict mode (the user did start them).
 */
export function dailyBreakCounts(events: readonly BreakEvent[], from: string, to: string, timeZone?: string): DailyBreakCounts[] {
  const rows = new Map(datesBetween(from, to).map((date) => [date, { date, taken: 0, skipped: 0, postponed: 0, natural: 0 }]));
  for (const event of events) {
    const row = rows.get(eventLocalDate(event, timeZone));
    if (!row) continue;
    if (event.type === 'completed' || event.type === 'endedEarly') row.taken++;
    else if (event.type === 'skipped') row.skipped++;
    else if (event.type === 'postponed') row.postponed++;
    else if (event.type === 'natural') row.natural++;
  }
  return [...rows.values()];
}
