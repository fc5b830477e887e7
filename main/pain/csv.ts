// CSV of pain entries: one row per entry, lists joined with "; ". Cells that a spreadsheet would
// run as a formula are prefixed with an apostrophe.
import { bodyRegionLabels } from '../../shared/body/regions.ts';
import { localDayOf } from '../../shared/pain/localDay.ts';
import {
  interferenceAreas,
  painQualityLabels,
  presetTriggerLabels,
  reliefMethodLabels,
  symptomKindLabels,
  symptomSiteLabels,
  warningSignLabels,
  type PainEntry,
} from '../../shared/pain/vocabulary.ts';

export const csvColumns = [
  'id', 'date', 'time (UTC)', 'utc offset (min)', 'intensity', 'regions', 'qualities', 'radiates to', 'symptoms', 'other signs',
  'triggers', 'relief', 'work', 'sleep', 'mood', 'activity', 'breaks taken', 'breaks skipped', 'breaks postponed', 'notes',
] as const;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function entryRow(e: PainEntry): (string | number)[] {
  return [
    e.id,
    localDayOf(e.at, e.offsetMin),
    e.at,
    e.offsetMin,
    e.intensity,
    e.regions.map((r) => `${bodyRegionLabels[r.region]} (${r.side})`).join('; '),
    e.qualities.map((q) => painQualityLabels[q]).join('; '),
    e.radiatesTo.map((r) => bodyRegionLabels[r]).join('; '),
    e.symptoms.map((s) => `${symptomKindLabels[s.kind]}: ${symptomSiteLabels[s.site]}`).join('; '),
    e.warningSigns.map((w) => warningSignLabels[w]).join('; '),
    [...e.triggers.map((t) => presetTriggerLabels[t]), ...e.customTriggers].join('; '),
    e.relief.map((r) => `${reliefMethodLabels[r.method]} ${r.helpedPercent}%`).join('; '),
    ...interferenceAreas.map((a) => e.interference[a] ?? ''),
    e.breakContext.taken,
    e.breakContext.skipped,
    e.breakContext.postponed,
    e.notes,
  ];
}

export function entriesCsv(entries: readonly PainEntry[]): string {
  return [csvColumns.map(csvCell).join(','), ...entries.map((e) => entryRow(e).map(csvCell).join(','))].join('\r\n') + '\r\n';
}
