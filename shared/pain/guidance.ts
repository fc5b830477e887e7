// Guidance text for flags and relief (content brief sections 5 and 6). General, never a diagnosis,
// never a named prescription medicine.
import type { FlagLevel } from './redFlags.ts';
import { localDayOf } from './localDay.ts';
import type { PainDraft, PainEntry } from './vocabulary.ts';

export interface GuidanceText {
  title: string;
  lines: string[];
  sources: string[];
}

export const flagGuidance: Record<FlagLevel, GuidanceText> = {
  emergency: {
    title: 'Get medical help now',
    lines: [
      'What you logged is one of the signs that doctors ask people to treat as an emergency.',
      'Call your local emergency number (for example 999, 112 or 911) or go to an emergency department now.',
      'This is guidance from public health advice, not a diagnosis. Limber cannot tell what is causing your symptoms.',
    ],
    sources: ['NHS trust back and neck pain self-care pages', 'British Association of Spine Surgeons: cauda equina syndrome'],
  },
  urgent: {
    title: 'Speak to a doctor today',
    lines: [
      'What you logged is a sign that is best checked by a doctor the same day.',
      'Contact your doctor or an urgent care service today. If you feel much worse, call your local emergency number.',
      'This is guidance, not a diagnosis.',
    ],
    sources: ['NHS trust back and neck pain self-care pages', 'seed 000', 'seed 003'],
  },
  routine: {
    title: 'Worth booking an appointment',
    lines: [
      'Pain that lasts more than a few days without improving, is severe or getting worse, or gets in the way of daily life is worth talking over with a doctor or physiotherapist.',
      'Book a routine appointment, sooner if you are over 50 with new back pain, have had cancer, a weakened immune system, long-term steroids, osteoporosis or a recent infection.',
    ],
    sources: ['seed 001', 'NHS trust back and neck pain self-care pages'],
  },
};

export const newStrainGuidance: GuidanceText = {
  title: 'Looking after a new strain',
  lines: [
    'For the first 48 hours, a cold pack wrapped in a cloth can ease pain and swelling; after that, warmth can help tight muscles relax.',
    'Rest from what makes it worse, but keep gently moving: short walks and gentle stretches usually help more than staying still.',
    'If you use over-the-counter pain relief, take it only as the label directs, and ask a pharmacist or doctor if you are unsure.',
    'Stop any movement that causes sharp pain, numbness or tingling.',
  ],
  sources: ['seed 000', 'seed 001', 'seed 003'],
};

const strainTriggers = new Set(['lifting', 'afterExercise', 'afterMassage']);
const strainQualities = new Set(['sharp', 'throbbing', 'stiffness', 'stabbing']);

/**
 * A new strain: pain of at least 3 that came on after lifting, exercise or a massage or feels sharp,
 * throbbing or stiff, in a region with no pain logged in the 7 days before.
 */
export function looksLikeNewStrain(draft: PainDraft, earlier: readonly PainEntry[]): boolean {
  if (draft.intensity < 3) return false;
  const cause = draft.triggers.some((t) => strainTriggers.has(t)) || draft.qualities.some((q) => strainQualities.has(q));
  if (!cause) return false;
  const day = localDayOf(draft.at, draft.offsetMin);
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const regions = new Set(draft.regions.map((r) => r.region));
  return !earlier.some((e) => {
    const d = localDayOf(e.at, e.offsetMin);
    return d >= from && d < day && e.intensity > 0 && e.regions.some((r) => regions.has(r.region));
  });
}
