// Local wall-clock arithmetic in a named time zone (or the system's), DST-aware, with Intl only.
import { weekdays, type Weekday } from '../settings/limits.ts';

export interface LocalTime {
  weekday: Weekday;
  /** Minutes since local midnight. */
  minute: number;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(key, f);
  }
  return f;
}

export function localTime(wallMs: number, timeZone?: string): LocalTime {
  const parts = formatter(timeZone).formatToParts(new Date(wallMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const hour = Number(get('hour')) % 24;
  return {
    weekday: weekdays[weekdayIndex[get('weekday')] ?? 0]!,
    minute: hour * 60 + Number(get('minute')),
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (calendar arithmetic only). */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * The first instant at or after `fromMs` whose local time is `dayOffset` days later at `minute`.
 * Walks from an estimate and corrects by the difference, which handles DST shifts; a local time
 * that does not exist (the spring-forward gap) resolves to the first instant after the gap.
 */
export function instantOfLocal(fromMs: number, dayOffset: number, minute: number, timeZone?: string): number {
  const start = localTime(fromMs, timeZone);
  const targetDay = dayNumber(start.date) + dayOffset;
  const floor = Math.floor(fromMs / 60_000) * 60_000;
  let guess = floor + ((targetDay - dayNumber(start.date)) * 1440 + minute - start.minute) * 60_000;
  for (let i = 0; i < 3; i++) {
    const at = localTime(guess, timeZone);
    const diff = (targetDay - dayNumber(at.date)) * 1440 + minute - at.minute;
    if (diff === 0) break;
    guess += diff * 60_000;
  }
  // In a gap the corrections oscillate; settle on the earliest instant at or after the target.
  const at = localTime(guess, timeZone);
  const late = (dayNumber(at.date) - targetDay) * 1440 + at.minute - minute;
  if (late < 0) guess += 60 * 60_000;
  return guess;
}
