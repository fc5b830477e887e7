// The break service through the real app services and IPC dispatcher, over real files.
import { describe, expect, it } from 'vitest';
import { dailyBreakCounts } from '../../../shared/breaks/dailyCounts.ts';
import type { BreakEvent } from '../../../shared/breaks/types.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';

const MIN = 60_000;

describe('dailyBreakCounts', () => {
  const ev = (type: BreakEvent['type'], at: string): BreakEvent => ({ id: `${type}-${at}`, type, kind: 'micro', breakId: at, at, covers: ['micro'] });

  it('groups by the local day, one row per day including empty ones', () => {
    const events = [
      ev('completed', '2026-11-23T23:30:00Z'), // 23rd in UTC, 24th in Berlin
      ev('skipped', '2026-11-23T10:00:00Z'),
      ev('postponed', '2026-11-23T10:00:00Z'),
      ev('natural', '2026-11-25T10:00:00Z'),
      ev('endedEarly', '2026-11-25T11:00:00Z'),
      ev('due', '2026-11-25T11:00:00Z'),
    ];
    expect(dailyBreakCounts(events, '2026-11-23', '2026-11-25', 'Europe/Berlin')).toEqual([
      { date: '2026-11-23', taken: 0, skipped: 1, postponed: 1, natural: 0 },
      { date: '2026-11-24', taken: 1, skipped: 0, postponed: 0, natural: 0 },
      { date: '2026-11-25', taken: 1, skipped: 0, postponed: 0, natural: 1 },
    ]);
    expect(dailyBreakCounts(events, '2026-11-23', '2026-11-23', 'UTC')[0]).toMatchObject({ taken: 1, skipped: 1 });
  });
});

describe('break service', () => {
  it('records a day in history files and summarises it; dailyCounts for the pain log', async () => {
    const app = startTestApp(makeTempDir(), makeClock('2026-11-23T09:00:00Z'));
    app.clock.advance(135 * MIN);
    const history = app.services.breakHistory;
    expect(history.all().filter((e) => e.type === 'completed')).toHaveLength(6); // 4 checks, 2 stretches
    expect(history.dailyCounts('2026-11-22', '2026-11-23')).toEqual([
      { date: '2026-11-22', taken: 0, skipped: 0, postponed: 0, natural: 0 },
      { date: '2026-11-23', taken: 6, skipped: 0, postponed: 0, natural: 0 },
    ]);
    expect(() => history.dailyCounts('2026-11-24', '2026-11-23')).toThrow(/start date/);
    const result = await app.dispatch('breaks:summary', undefined);
    expect(result.ok).toBe(true);
    const summary = { value: app.services.breaks.summary() };
    expect(result).toEqual({ ok: true, value: summary.value });
    expect(summary.value.today).toMatchObject({ taken: 6, skipped: 0 });
    expect(summary.value.today.activeMs).toBe(123 * MIN);
    expect(summary.value.today.longestWithoutBreakMs).toBe(20 * MIN);
    expect(summary.value.days).toHaveLength(7);
    // Relaunch: the history is read back from its monthly file.
    const again = startTestApp(app.dataDir, app.clock);
    expect(again.services.breakHistory.all()).toEqual(history.all());
  });

  it('sends a warning before a stretch break and a posture cue with actions', () => {
    const app = startTestApp(makeTempDir(), makeClock());
    app.clock.advance(20 * MIN);
    expect(app.notifications[0]).toMatchObject({ kind: 'posture', title: 'Posture check', actions: [{ id: 'done' }, { id: 'postpone' }, { id: 'skip' }] });
    expect(app.notifications[0]!.body.length).toBeGreaterThan(10);
    app.services.breaks.act(app.notifications[0]!.breakId, 'skip');
    expect(app.services.breakHistory.all().filter((e) => e.type === 'skipped')).toMatchObject([{ kind: 'micro', breakId: app.notifications[0]!.breakId }]);
    app.clock.advance(40 * MIN);
    const warning = app.notifications.find((n) => n.kind === 'warning');
    expect(warning).toMatchObject({ title: 'Stretch break soon', body: 'A 5-minute stretch break starts in 30 seconds.' });
  });

  it('sends no warning when warnings are off, and the stretch break still starts on time', async () => {
    const app = startTestApp(makeTempDir(), makeClock());
    await app.dispatch('settings:update', { warning: { enabled: false }, breaks: { micro: { enabled: false } } });
    app.clock.advance(60 * MIN);
    expect(app.notifications.filter((n) => n.kind === 'warning')).toEqual([]);
    expect(app.services.breakHistory.all().filter((e) => e.type === 'warned')).toEqual([]);
    expect(app.services.breaks.status().activeBreak?.kind).toBe('stretch');
  });

  it('validates input and refuses actions that are not allowed, changing nothing', async () => {
    const app = startTestApp(makeTempDir(), makeClock());
    const bad = await app.dispatch('breaks:pause', { kind: 'minutes', minutes: 45 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await app.dispatch('breaks:pause', { kind: 'tomorrow', evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = await app.dispatch('breaks:postpone', undefined);
    expect(none).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'There is no break to postpone.' } });
    expect(app.services.breaks.status().mode).toBe('running');
    const now = await app.dispatch('breaks:now', 'stretch');
    expect(now).toMatchObject({ ok: true, value: { mode: 'inBreak', activeBreak: { kind: 'stretch', canPostpone: true } } });
    expect(app.events.some((e) => e.channel === 'breaks:changed')).toBe(true);
  });

  it('a relaunch through the files keeps progress', () => {
    const app = startTestApp(makeTempDir(), makeClock());
    app.clock.advance(45 * MIN);
    const counters = { ...app.services.breaks.engine.state.counters };
    app.services.breaks.stop();
    app.clock.advance(5_000);
    const again = startTestApp(app.dataDir, app.clock);
    expect(again.services.breaks.engine.state.counters).toEqual(counters);
  });
});
