// Pain entries for tests: a full entry from a few fields.
import type { PainDraft, PainEntry } from '../../../shared/pain/vocabulary.ts';

export function draft(patch: Partial<PainDraft> = {}): PainDraft {
  return {
    at: '2026-11-23T10:00:00.000Z',
    offsetMin: 0,
    intensity: 4,
    regions: [{ region: 'lowerBack', side: 'centre' }],
    qualities: [],
    radiatesTo: [],
    symptoms: [],
    warningSigns: [],
    triggers: [],
    customTriggers: [],
    relief: [],
    interference: {},
    notes: '',
    ...patch,
  };
}

let n = 0;
export function entry(patch: Partial<PainEntry> = {}): PainEntry {
  n++;
  return {
    ...draft(),
    id: `e-${n}`,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    breakContext: { taken: 0, skipped: 0, postponed: 0 },
    flagsShown: [],
    acknowledgedAt: null,
    ...patch,
  };
}
