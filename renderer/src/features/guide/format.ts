// Human wording for doses and lengths, shared by cards, the detail view and routine lists.
import { bodyRegionLabels } from '../../../../shared/body/regions.ts';
import type { Exercise } from '../../../../shared/stretches/types.ts';

export function doseText(e: Exercise): string {
  const hold = e.breaths !== undefined ? `about ${e.breaths} breaths (${e.holdSec} s)` : `${e.holdSec} s`;
  const reps = e.reps > 1 ? `${e.reps} × ${hold}` : hold;
  return e.sides === 'each' ? `${reps}, each side` : reps;
}

export function targetsText(e: Exercise): string {
  return e.targets.map((t) => bodyRegionLabels[t]).join(', ');
}

export const suitsLabels = { micro: 'Posture checks', stretch: 'Desk stretch breaks', floor: 'Floor sessions at home' } as const;

export const positionLabels = { seated: 'Seated', standing: 'Standing', floor: 'On the floor' } as const;

export function minutesText(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  return `${Math.round(seconds / 60)} min`;
}
