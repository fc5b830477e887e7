import type { RequestOutput } from '../../../../shared/ipc/contract.ts';

/** A local calendar date (YYYY-MM-DD) as a weekday label, without time-zone shifts. */
const labelStyles: Record<'short' | 'compact' | 'long', Intl.DateTimeFormatOptions> = {
  short: { weekday: 'short', timeZone: 'UTC' },
  compact: { weekday: 'short', day: 'numeric', timeZone: 'UTC' },
  long: { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' },
};

export function dayLabel(date: string, locale: string, style: 'short' | 'compact' | 'long'): string {
  return new Intl.DateTimeFormat(locale, labelStyles[style]).format(new Date(`${date}T12:00:00Z`));
}

export function rangeLabel(from: string, to: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${f.format(new Date(`${from}T12:00:00Z`))} to ${f.format(new Date(`${to}T12:00:00Z`))}`;
}

export function changeText(review: RequestOutput<'pain:week'>): string {
  const c = review.change;
  if (!c) return review.mean === null ? 'No entries this week.' : 'No entries last week to compare with.';
  const pts = Math.abs(c.points);
  if (!c.meaningful) return `About the same as last week (average ${review.mean} against ${review.previousMean}; a change counts when it is 2 points or 30%).`;
  return c.direction === 'better'
    ? `Better than last week: average ${review.mean} against ${review.previousMean}, ${pts} points lower.`
    : `Worse than last week: average ${review.mean} against ${review.previousMean}, ${pts} points higher.`;
}
