// Working hours: whether breaks may run now, and when that next changes.
import { weekdays } from '../settings/limits.ts';
import type { Settings } from '../settings/schema.ts';
import { instantOfLocal, localTime } from './localTime.ts';

export type WorkingHours = Settings['workingHours'];

const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isWithinWorkingHours(hours: WorkingHours, wallMs: number, timeZone?: string): boolean {
  if (!hours.enabled) return true;
  const now = localTime(wallMs, timeZone);
  return hours.days[now.weekday].some((r) => toMinute(r.start) <= now.minute && now.minute < toMinute(r.end));
}

/** The next instant after `wallMs` at which isWithinWorkingHours changes, or undefined if never (within 8 days). */
export function nextWorkingHoursChange(hours: WorkingHours, wallMs: number, timeZone?: string): number | undefined {
  if (!hours.enabled) return undefined;
  const now = localTime(wallMs, timeZone);
  const inside = isWithinWorkingHours(hours, wallMs, timeZone);
  const todayIndex = weekdays.indexOf(now.weekday);
  for (let offset = 0; offset <= 7; offset++) {
    const day = weekdays[(todayIndex + offset) % 7]!;
    const edges = hours.days[day].flatMap((r) => [toMinute(r.start), toMinute(r.end)]).sort((a, b) => a - b);
    for (const minute of edges) {
      if (offset === 0 && minute <= now.minute) continue;
      const at = instantOfLocal(wallMs, offset, minute, timeZone);
      if (at > wallMs && isWithinWorkingHours(hours, at, timeZone) !== inside) return at;
    }
  }
  return undefined;
}

/** "Tomorrow morning": tomorrow's first working-hours start, else 08:00 tomorrow. */
export function tomorrowMorning(hours: WorkingHours, wallMs: number, timeZone?: string): number {
  const now = localTime(wallMs, timeZone);
  const tomorrow = weekdays[(weekdays.indexOf(now.weekday) + 1) % 7]!;
  const starts = hours.enabled ? hours.days[tomorrow].map((r) => toMinute(r.start)).sort((a, b) => a - b) : [];
  return instantOfLocal(wallMs, 1, starts[0] ?? 8 * 60, timeZone);
}
