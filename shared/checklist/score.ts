// Scoring and comparing assessments. The score is the share of applicable answers that are "yes".
import { checklistItems } from './items.ts';
import type { Answer, Assessment } from './types.ts';

export interface Score {
  /** 0 to 100, or null when nothing applicable was answered. */
  percent: number | null;
  yes: number;
  no: number;
  na: number;
  unanswered: number;
}

export function scoreAnswers(answers: Readonly<Record<string, Answer>>): Score {
  let yes = 0;
  let no = 0;
  let na = 0;
  for (const item of checklistItems) {
    const a = answers[item.id];
    if (a === 'yes') yes++;
    else if (a === 'no') no++;
    else if (a === 'na') na++;
  }
  const unanswered = checklistItems.length - yes - no - na;
  return { percent: yes + no === 0 ? null : Math.round((yes * 100) / (yes + no)), yes, no, na, unanswered };
}

export interface Comparison {
  /** Change in score points; null when either score is null. */
  delta: number | null;
  /** Items that were "no" before and are "yes" now. */
  fixed: string[];
  /** Items that were "yes" before and are "no" now. */
  worse: string[];
}

export function compareAssessments(previous: Assessment, latest: Assessment): Comparison {
  const before = scoreAnswers(previous.answers).percent;
  const after = scoreAnswers(latest.answers).percent;
  const fixed: string[] = [];
  const worse: string[] = [];
  for (const item of checklistItems) {
    const was = previous.answers[item.id];
    const now = latest.answers[item.id];
    if (was === 'no' && now === 'yes') fixed.push(item.id);
    if (was === 'yes' && now === 'no') worse.push(item.id);
  }
  return { delta: before === null || after === null ? null : after - before, fixed, worse };
}

export function nextDueAt(latestAt: string | undefined, recheckDays: number): string | null {
  if (!latestAt) return null;
  return new Date(Date.parse(latestAt) + recheckDays * 86_400_000).toISOString();
}
