import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistItems } from '../../../shared/checklist/items.ts';
import { compareAssessments, scoreAnswers } from '../../../shared/checklist/score.ts';
import { checklistGroups } from '../../../shared/checklist/types.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';

const day = 86_400_000;

describe('checklist content', () => {
  it('has at least 25 items with unique ids, each with a question, why, fix and source', () => {
    expect(checklistItems.length).toBeGreaterThanOrEqual(25);
    expect(new Set(checklistItems.map((i) => i.id)).size).toBe(checklistItems.length);
    for (const item of checklistItems) {
      expect(item.id).toMatch(/^[a-z0-9-]{2,60}$/);
      expect(item.question.endsWith('?'), item.id).toBe(true);
      expect(item.why.length, item.id).toBeGreaterThan(10);
      expect(item.fix.length, item.id).toBeGreaterThan(10);
      expect(item.sources.length, item.id).toBeGreaterThan(0);
    }
  });

  it('covers every group, driving included', () => {
    for (const g of checklistGroups) expect(checklistItems.some((i) => i.group === g), g).toBe(true);
  });
});

describe('checklist scoring', () => {
  it('scores the share of applicable answers that are yes', () => {
    expect(scoreAnswers({ 'posture-head': 'yes', 'posture-facing': 'no', 'chair-base': 'na', 'desk-reach': 'yes', 'chair-feet': 'yes' })).toMatchObject({
      percent: 75,
      yes: 3,
      no: 1,
      na: 1,
      unanswered: checklistItems.length - 5,
    });
    expect(scoreAnswers({ 'chair-base': 'na' }).percent).toBeNull();
  });

  it('compares with the previous assessment', () => {
    const a = { id: 'a-1', at: '2026-11-01T00:00:00Z', answers: { 'posture-head': 'no', 'chair-feet': 'yes', 'desk-reach': 'no' } } as const;
    const b = { id: 'a-2', at: '2026-12-01T00:00:00Z', answers: { 'posture-head': 'yes', 'chair-feet': 'no', 'desk-reach': 'yes' } } as const;
    expect(compareAssessments(a, b)).toEqual({ delta: 67 - 33, fixed: ['posture-head', 'desk-reach'], worse: ['chair-feet'] });
  });
});

describe('checklist service', () => {
  it('saves dated assessments, computes the next due date and persists the interval', async () => {
    const dir = makeTempDir();
    const clock = makeClock('2026-11-23T09:00:00Z');
    const app = startTestApp(dir, clock);
    expect((await app.dispatch('checklist:get', undefined)) as unknown).toMatchObject({ ok: true, value: { assessments: [], recheckDays: 30, nextDueAt: null, overdue: false } });
    await app.dispatch('checklist:save', { answers: { 'posture-head': 'no', 'chair-feet': 'yes' } });
    const saved = await app.dispatch('checklist:setRecheckDays', { days: 14 });
    expect(saved).toMatchObject({ ok: true, value: { recheckDays: 14, nextDueAt: '2026-12-07T09:00:00.000Z' } });
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'checklist.json'), 'utf8'));
    expect(file.data.assessments).toEqual([expect.objectContaining({ at: '2026-11-23T09:00:00.000Z', answers: { 'posture-head': 'no', 'chair-feet': 'yes' } })]);
    expect(startTestApp(dir, clock).services.checklist.get().recheckDays).toBe(14);
  });

  it('rejects unknown items, empty answers and out-of-range intervals without touching the file', async () => {
    const dir = makeTempDir();
    const app = startTestApp(dir);
    await app.dispatch('checklist:save', { answers: { 'posture-head': 'yes' } });
    const before = fs.readFileSync(path.join(dir, 'checklist.json'));
    expect(await app.dispatch('checklist:save', { answers: { 'made-up': 'yes' } })).toMatchObject({ ok: false, error: { issues: [{ path: 'answers.made-up' }] } });
    expect(await app.dispatch('checklist:save', { answers: {} })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('checklist:save', { answers: { 'posture-head': 'maybe' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('checklist:setRecheckDays', { days: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('checklist:setRecheckDays', { days: 1000 })).toMatchObject({ ok: false });
    expect(fs.readFileSync(path.join(dir, 'checklist.json')).equals(before)).toBe(true);
  });

  it('tells the user at start-up when the re-check is overdue', async () => {
    const dir = makeTempDir();
    const clock = makeClock('2026-11-01T09:00:00Z');
    const app = startTestApp(dir, clock);
    await app.dispatch('checklist:save', { answers: { 'posture-head': 'yes' } });
    expect(startTestApp(dir, clock).services.notices.list().some((n) => n.id === 'checklist:recheck')).toBe(false);
    clock.set(new Date(Date.parse('2026-11-01T09:00:00Z') + 31 * day));
    expect(startTestApp(dir, clock).services.notices.list().some((n) => n.id === 'checklist:recheck')).toBe(true);
  });
});

describe('checklist input bounds', () => {
  it('rejects an answer map larger than any checklist', async () => {
    const app = startTestApp();
    const answers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`item-${i}`, 'yes']));
    expect(await app.dispatch('checklist:save', { answers })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Too many answers') } });
  });
});
