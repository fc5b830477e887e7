// Red-flag rules (content brief section 5), checked on every save. Each rule points to care; the
// wording describes what to do, never what the user has. Pure: entries in, rule hits out.
import type { BodyRegion } from '../body/regions.ts';
import { localDayOf, addDays } from './localDay.ts';
import type { PainDraft, PainEntry, SymptomSite } from './vocabulary.ts';

export type FlagLevel = 'emergency' | 'urgent' | 'routine';

export interface RedFlag {
  id: string;
  level: FlagLevel;
  /** What the log shows, in plain words. */
  reason: string;
  sources: string[];
}

const backRegions: ReadonlySet<BodyRegion> = new Set(['upperBack', 'midBack', 'lowerBack', 'buttocks', 'hips']);
const neckRegions: ReadonlySet<BodyRegion> = new Set(['neck', 'shoulders', 'head']);
const legRegions: ReadonlySet<BodyRegion> = new Set(['thighs', 'knees', 'lowerLegs', 'feet']);

const nhs = 'NHS trust back and neck pain self-care pages';
const bass = 'British Association of Spine Surgeons: cauda equina syndrome';

const hasBack = (d: PainDraft) => d.regions.some((r) => backRegions.has(r.region));
const hasNeck = (d: PainDraft) => d.regions.some((r) => neckRegions.has(r.region));
const symptomAt = (d: PainDraft, sites: SymptomSite[]) => d.symptoms.some((s) => sites.includes(s.site));
const nerveSymptomAt = (d: PainDraft, sites: SymptomSite[]) =>
  d.symptoms.some((s) => sites.includes(s.site) && (s.kind === 'numbness' || s.kind === 'tingling' || s.kind === 'weakness'));

interface EntryRule {
  id: string;
  level: 'emergency' | 'urgent';
  applies(d: PainDraft): boolean;
  reason: string;
  sources: string[];
}

/** Rules about one entry. Order matters only for display: emergency first. */
export const entryRules: readonly EntryRule[] = [
  {
    id: 'back.saddle',
    level: 'emergency',
    applies: (d) => hasBack(d) && symptomAt(d, ['saddle']),
    reason: 'Back pain with numbness or tingling around the genitals, buttocks or inner thighs',
    sources: [nhs, bass, 'seed 000', 'seed 003'],
  },
  {
    id: 'back.bladderBowel',
    level: 'emergency',
    applies: (d) => hasBack(d) && (d.warningSigns.includes('bladderBowel') || d.warningSigns.includes('sexualSensation')),
    reason: 'Back pain with new bladder, bowel or sexual-sensation changes',
    sources: [nhs, bass, 'seed 000', 'seed 003'],
  },
  {
    id: 'back.bothLegs',
    level: 'emergency',
    applies: (d) => hasBack(d) && nerveSymptomAt(d, ['bothLegs']),
    reason: 'Back pain with weakness, numbness or tingling in both legs',
    sources: [nhs, bass, 'seed 003'],
  },
  {
    id: 'any.suddenWeakness',
    level: 'emergency',
    applies: (d) => d.warningSigns.includes('suddenWeakClumsy'),
    reason: 'Arms or legs suddenly weak, clumsy or uncoordinated',
    sources: [nhs],
  },
  {
    id: 'any.chestPain',
    level: 'emergency',
    applies: (d) => d.warningSigns.includes('chestPain'),
    reason: 'Pain with chest pain',
    sources: [nhs],
  },
  {
    id: 'any.fallOrAccident',
    level: 'emergency',
    applies: (d) => d.warningSigns.includes('afterFallOrAccident'),
    reason: 'Pain after a serious fall or accident',
    sources: [nhs],
  },
  {
    id: 'neck.faceArmHand',
    level: 'emergency',
    applies: (d) => hasNeck(d) && d.symptoms.some((s) => (s.site === 'face' || s.site === 'arms' || s.site === 'hands') && s.kind === 'numbness'),
    reason: 'Neck pain with new numbness in the face, an arm or a hand',
    sources: [nhs],
  },
  {
    id: 'neck.faintingVisionSpeech',
    level: 'emergency',
    applies: (d) => d.warningSigns.includes('faintingVisionSpeech'),
    reason: 'Fainting, double vision, or trouble speaking or swallowing',
    sources: [nhs],
  },
  {
    id: 'any.fever',
    level: 'urgent',
    applies: (d) => d.warningSigns.includes('fever') || d.warningSigns.includes('stiffNeckFeverHeadache'),
    reason: 'Pain with a high temperature or feeling unwell',
    sources: [nhs, 'seed 000'],
  },
  {
    id: 'any.weightLoss',
    level: 'urgent',
    applies: (d) => d.warningSigns.includes('weightLoss'),
    reason: 'Pain with weight loss you cannot explain',
    sources: ['seed 000', nhs],
  },
  {
    id: 'any.lump',
    level: 'urgent',
    applies: (d) => d.warningSigns.includes('lumpOrSwelling'),
    reason: 'A lump, swelling, redness or warmth, or a change in the shape of the back',
    sources: ['seed 000'],
  },
  {
    id: 'any.nightPain',
    level: 'urgent',
    applies: (d) => d.warningSigns.includes('worseAtNight'),
    reason: 'Pain that rest does not ease, or that is worse at night',
    sources: ['seed 000', 'seed 003'],
  },
  {
    id: 'any.armNerve',
    level: 'urgent',
    applies: (d) => !hasNeck(d) && nerveSymptomAt(d, ['arms', 'hands']),
    reason: 'New numbness, tingling or weakness in an arm, or clumsy hands',
    sources: [nhs],
  },
  {
    id: 'any.legNerve',
    level: 'urgent',
    applies: (d) =>
      (nerveSymptomAt(d, ['oneLeg']) && (d.qualities.includes('shooting') || d.qualities.includes('sharp') || d.radiatesTo.some((r) => legRegions.has(r)))) ||
      (!hasBack(d) && nerveSymptomAt(d, ['bothLegs', 'saddle'])),
    reason: 'Sharp or shooting pain running down a leg with numbness, tingling or weakness',
    sources: ['seed 003', nhs],
  },
];

/** The emergency and urgent rules one entry meets, emergency first. */
export function entryFlags(draft: PainDraft): RedFlag[] {
  const hits = entryRules.filter((rule) => rule.applies(draft));
  return [...hits.filter((r) => r.level === 'emergency'), ...hits.filter((r) => r.level === 'urgent')].map(({ id, level, reason, sources }) => ({
    id,
    level,
    reason,
    sources,
  }));
}

export function highestLevel(flags: readonly RedFlag[]): FlagLevel | null {
  if (flags.some((f) => f.level === 'emergency')) return 'emergency';
  if (flags.some((f) => f.level === 'urgent')) return 'urgent';
  return flags.length ? 'routine' : null;
}

/** Daily maxima of pain (intensity and interference) for the routine rules. */
export interface DayPain {
  date: string;
  maxIntensity: number;
  maxInterference: number;
}

export function dayPainOf(entries: readonly PainEntry[]): DayPain[] {
  const byDay = new Map<string, DayPain>();
  for (const e of entries) {
    const date = localDayOf(e.at, e.offsetMin);
    const interference = Math.max(0, ...Object.values(e.interference).map((v) => v ?? 0));
    const row = byDay.get(date) ?? { date, maxIntensity: 0, maxInterference: 0 };
    row.maxIntensity = Math.max(row.maxIntensity, e.intensity);
    row.maxInterference = Math.max(row.maxInterference, interference);
    byDay.set(date, row);
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A meaningful change on the 0–10 scale: at least 2 points or 30% (Farrar 2001; Ostelo 2008). */
export function isMeaningfulChange(before: number, after: number): boolean {
  const diff = Math.abs(after - before);
  return diff >= 2 || (before > 0 && diff / before >= 0.3);
}

/**
 * Routine rules over the days ending `end` (inclusive): the weekly review shows these.
 * `days` holds every logged day up to `end`; `previousMean` is last week's mean intensity, if any.
 */
export function routineFlags(days: readonly DayPain[], end: string, thisWeekMean: number | null, previousMean: number | null): RedFlag[] {
  const flags: RedFlag[] = [];
  const start = addDays(end, -6);
  const week = days.filter((d) => d.date >= start && d.date <= end && d.maxIntensity > 0);
  // Pain on four or more days of the week, and the last day no meaningfully better than the first.
  if (week.length >= 4) {
    const first = week[0]!;
    const last = week.at(-1)!;
    const improved = last.maxIntensity < first.maxIntensity && isMeaningfulChange(first.maxIntensity, last.maxIntensity);
    if (!improved) {
      flags.push({
        id: 'routine.lasting',
        level: 'routine',
        reason: `Pain logged on ${week.length} days this week without a clear improvement`,
        sources: ['seed 001', nhs],
      });
    }
  }
  const severe = week.filter((d) => d.maxIntensity >= 7).length;
  const worsening = thisWeekMean !== null && previousMean !== null && thisWeekMean > previousMean && isMeaningfulChange(previousMean, thisWeekMean);
  if (severe > 0 || worsening) {
    flags.push({
      id: 'routine.severeOrWorsening',
      level: 'routine',
      reason: severe > 0 ? `Severe pain (7 or more) on ${severe} ${severe === 1 ? 'day' : 'days'} this week` : 'Pain is clearly worse than last week',
      sources: [nhs],
    });
  }
  const interfering = days.filter((d) => d.date >= start && d.date <= end && d.maxInterference >= 7).length;
  if (interfering >= 3) {
    flags.push({
      id: 'routine.interference',
      level: 'routine',
      reason: `Pain got in the way of daily life a lot (7 or more) on ${interfering} days this week`,
      sources: [nhs],
    });
  }
  return flags;
}
