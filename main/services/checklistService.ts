// Workstation assessments and the re-check interval, held in memory and written through.
import { z } from 'zod';
import { checklistItemIds } from '../../shared/checklist/items.ts';
import { nextDueAt } from '../../shared/checklist/score.ts';
import { checklistLimits, type Answer, type Assessment } from '../../shared/checklist/types.ts';
import { AssessmentSchema, type ChecklistState } from '../../shared/ipc/contracts/checklist.ts';
import { DomainError } from '../../shared/ipc/result.ts';
import type { DocumentSpec, VersionedDocument } from '../storage/versionedDocument.ts';

const ChecklistDocSchema = z.strictObject({
  assessments: z.array(AssessmentSchema).max(checklistLimits.maxAssessments),
  recheckDays: z.number().int().min(checklistLimits.minRecheckDays).max(checklistLimits.maxRecheckDays),
});
type ChecklistDoc = z.infer<typeof ChecklistDocSchema>;

export const checklistDocumentSpec: DocumentSpec<ChecklistDoc> = {
  version: 1,
  parse(data) {
    const r = ChecklistDocSchema.safeParse(data);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => ({ assessments: [], recheckDays: checklistLimits.defaultRecheckDays }),
};

export class ChecklistService {
  readonly #doc: VersionedDocument<ChecklistDoc>;
  readonly #now: () => Date;

  constructor(doc: VersionedDocument<ChecklistDoc>, now: () => Date) {
    this.#doc = doc;
    this.#now = now;
  }

  get(): ChecklistState {
    const { assessments, recheckDays } = this.#doc.value;
    const due = nextDueAt(assessments.at(-1)?.at, recheckDays);
    return { assessments, recheckDays, nextDueAt: due, overdue: due !== null && Date.parse(due) <= this.#now().getTime() };
  }

  save(answers: Record<string, Answer>): ChecklistState {
    const unknown = Object.keys(answers).filter((id) => !checklistItemIds.has(id));
    if (unknown.length > 0) {
      throw new DomainError(
        'INVALID_INPUT',
        'Some answers are for questions the checklist does not have.',
        unknown.map((id) => ({ path: `answers.${id}`, message: 'Unknown checklist item' })),
      );
    }
    if (Object.keys(answers).length === 0) throw new DomainError('INVALID_INPUT', 'Answer at least one question before saving.');
    const at = this.#now().toISOString();
    const assessment: Assessment = { id: `a-${at.replace(/[^0-9]/g, '').slice(0, 17)}-${this.#doc.value.assessments.length + 1}`, at, answers };
    const kept = [...this.#doc.value.assessments, assessment].slice(-checklistLimits.maxAssessments);
    this.#doc.replace({ ...this.#doc.value, assessments: kept });
    return this.get();
  }

  setRecheckDays(days: number): ChecklistState {
    this.#doc.replace({ ...this.#doc.value, recheckDays: days });
    return this.get();
  }

  /** True when an assessment exists and its re-check date has passed. */
  isOverdue(): boolean {
    return this.get().overdue;
  }
}

export const checklistRecheckNotice = {
  id: 'checklist:recheck',
  level: 'info' as const,
  title: 'Time to re-check your workstation',
  message: 'Your last workstation check is older than your re-check interval. Open the Checklist to run it again.',
};
