// Checklist questions whose latest answer is "no", in the checklist's own words, for the weekly review.
import { checklistItems } from '../../shared/checklist/items.ts';
import type { ChecklistState } from '../../shared/ipc/contracts/checklist.ts';

export function checklistStillNo(state: ChecklistState): string[] {
  const latest = state.assessments.at(-1);
  if (!latest) return [];
  return checklistItems.filter((item) => latest.answers[item.id] === 'no').map((item) => item.question);
}
