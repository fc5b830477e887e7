// Local calendar days from a UTC instant plus the offset recorded with it, and week arithmetic.
// Entries keep their own offset so a trip across time zones never moves past days.

/** YYYY-MM-DD of `at` (UTC ISO) shifted by `offsetMin` minutes. */
export function localDayOf(at: string, offsetMin: number): string {
  return new Date(Date.parse(at) + offsetMin * 60_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday, as Intl's weekInfo counts. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The locale's first day of the week (1 = Monday … 7 = Sunday); Monday when unknown. */
export function firstDayOfWeek(locale: string | undefined): number {
  try {
    const loc = new Intl.Locale(locale ?? 'en-GB') as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = loc.getWeekInfo?.().firstDay ?? loc.weekInfo?.firstDay;
    return typeof first === 'number' && first >= 1 && first <= 7 ? first : 1;
  } catch {
    return 1;
  }
}

/** The first day of the week holding `date`. */
export function weekStartOf(date: string, firstDay: number): string {
  const back = (isoWeekday(date) - firstDay + 7) % 7;
  return addDays(date, -back);
}

export function weekDates(start: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}
