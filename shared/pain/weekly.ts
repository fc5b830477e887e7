// Weekly review statistics, computed in main over an index by local day so the renderer only
// receives one week's summary. Pure functions over plain data.
import { bodyRegions, type BodyRegion } from '../body/regions.ts';
import { addDays, weekDates } from './localDay.ts';
import { dayPainOf, entryFlags, isMeaningfulChange, routineFlags, type RedFlag } from './redFlags.ts';
import { interferenceAreas, painQualities, reliefMethods, type InterferenceArea, type PainEntry, type PainQuality, type ReliefMethod } from './vocabulary.ts';

export interface DayStats {
  date: string;
  count: number;
  mean: number | null;
  max: number | null;
}

export interface DayAdherence {
  date: string;
  taken: number;
  skipped: number;
  postponed: number;
  meanPain: number | null;
}

export interface WeeklyReview {
  weekStart: string;
  weekEnd: string;
  daysLogged: number;
  entryCount: number;
  days: DayStats[];
  mean: number | null;
  previousMean: number | null;
  change: { direction: 'better' | 'worse' | 'same'; meaningful: boolean; points: number } | null;
  regions: { region: BodyRegion; count: number; mean: number }[];
  qualities: { quality: PainQuality; count: number }[];
  interference: { area: InterferenceArea; mean: number; days: number }[];
  relief: { method: ReliefMethod; times: number; meanHelped: number }[];
  adherence: DayAdherence[];
  /** Shown only with at least 3 days on each side; an association, never a cause. */
  association: { higherDays: number; lowerDays: number; painOnHigher: number; painOnLower: number } | null;
  checklistNo: string[];
  flags: (RedFlag & { date: string; acknowledged: boolean })[];
  routine: RedFlag[];
}

export interface WeeklyInput {
  weekStart: string;
  /** Entries of one local day. */
  entriesOn(date: string): readonly PainEntry[];
  breaks: readonly { date: string; taken: number; skipped: number; postponed: number }[];
  checklistNo: readonly string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function dayStats(date: string, entries: readonly PainEntry[]): DayStats {
  const values = entries.map((e) => e.intensity);
  const m = mean(values);
  return { date, count: entries.length, mean: m === null ? null : round1(m), max: values.length ? Math.max(...values) : null };
}

/** This week against last: the mean of all entries, and whether it moved by 2 points or 30%. */
export function compareWeeks(thisMean: number | null, lastMean: number | null): WeeklyReview['change'] {
  if (thisMean === null || lastMean === null) return null;
  const points = round1(thisMean - lastMean);
  const meaningful = isMeaningfulChange(lastMean, thisMean);
  return { direction: !meaningful ? 'same' : points < 0 ? 'better' : 'worse', meaningful, points };
}

/**
 * Days with a break schedule split by whether most breaks were taken. The comparison is shown only
 * when both sides have at least 3 days with pain logged, so one odd day cannot make a pattern.
 */
export function adherenceAssociation(rows: readonly DayAdherence[]): WeeklyReview['association'] {
  const withData = rows.filter((r) => r.meanPain !== null && r.taken + r.skipped + r.postponed > 0);
  const higher = withData.filter((r) => r.taken >= r.skipped + r.postponed);
  const lower = withData.filter((r) => r.taken < r.skipped + r.postponed);
  if (higher.length < 3 || lower.length < 3) return null;
  return {
    higherDays: higher.length,
    lowerDays: lower.length,
    painOnHigher: round1(mean(higher.map((r) => r.meanPain!))!),
    painOnLower: round1(mean(lower.map((r) => r.meanPain!))!),
  };
}

export function weeklyReview(input: WeeklyInput): WeeklyReview {
  const dates = weekDates(input.weekStart);
  const week = dates.map((d) => input.entriesOn(d));
  const all = week.flat();
  const previous = weekDates(addDays(input.weekStart, -7)).flatMap((d) => input.entriesOn(d));
  const days = dates.map((d, i) => dayStats(d, week[i]!));
  const thisMean = mean(all.map((e) => e.intensity));
  const lastMean = mean(previous.map((e) => e.intensity));

  const regionAcc = new Map<BodyRegion, number[]>();
  const qualityAcc = new Map<PainQuality, number>();
  const reliefAcc = new Map<ReliefMethod, number[]>();
  const interferenceAcc = new Map<InterferenceArea, number[]>();
  for (const e of all) {
    for (const region of new Set(e.regions.map((r) => r.region))) regionAcc.set(region, [...(regionAcc.get(region) ?? []), e.intensity]);
    for (const q of e.qualities) qualityAcc.set(q, (qualityAcc.get(q) ?? 0) + 1);
    for (const r of e.relief) reliefAcc.set(r.method, [...(reliefAcc.get(r.method) ?? []), r.helpedPercent]);
    for (const area of interferenceAreas) {
      const v = e.interference[area];
      if (v !== undefined) interferenceAcc.set(area, [...(interferenceAcc.get(area) ?? []), v]);
    }
  }

  const breaksByDate = new Map(input.breaks.map((b) => [b.date, b]));
  const adherence = days.map((d) => {
    const b = breaksByDate.get(d.date);
    return { date: d.date, taken: b?.taken ?? 0, skipped: b?.skipped ?? 0, postponed: b?.postponed ?? 0, meanPain: d.mean };
  });

  const flags = week.flatMap((entries, i) =>
    entries.flatMap((e) =>
      entryFlags(e)
        .filter((f) => e.flagsShown.includes(f.id))
        .map((f) => ({ ...f, date: dates[i]!, acknowledged: e.acknowledgedAt !== null })),
    ),
  );

  const trailing = dayPainOf(all);
  return {
    weekStart: dates[0]!,
    weekEnd: dates[6]!,
    daysLogged: days.filter((d) => d.count > 0).length,
    entryCount: all.length,
    days,
    mean: thisMean === null ? null : round1(thisMean),
    previousMean: lastMean === null ? null : round1(lastMean),
    change: compareWeeks(thisMean, lastMean),
    regions: bodyRegions
      .filter((r) => regionAcc.has(r))
      .map((region) => ({ region, count: regionAcc.get(region)!.length, mean: round1(mean(regionAcc.get(region)!)!) }))
      .sort((a, b) => b.count - a.count || b.mean - a.mean),
    qualities: painQualities.filter((q) => qualityAcc.has(q)).map((quality) => ({ quality, count: qualityAcc.get(quality)! })).sort((a, b) => b.count - a.count),
    interference: interferenceAreas
      .filter((a) => interferenceAcc.has(a))
      .map((area) => ({ area, mean: round1(mean(interferenceAcc.get(area)!)!), days: interferenceAcc.get(area)!.length })),
    relief: reliefMethods
      .filter((m) => reliefAcc.has(m))
      .map((method) => ({ method, times: reliefAcc.get(method)!.length, meanHelped: Math.round(mean(reliefAcc.get(method)!)!) }))
      .sort((a, b) => b.meanHelped - a.meanHelped),
    adherence,
    association: adherenceAssociation(adherence),
    checklistNo: [...input.checklistNo],
    flags,
    routine: routineFlags(trailing, dates[6]!, thisMean, lastMean),
  };
}
