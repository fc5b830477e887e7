// Stretch breaks prefer the regions the user logged pain in this week: the pain log feeds the
// break engine, which hands the regions to the break window's routine selection.
import { describe, expect, it } from 'vitest';
import { selectBreakRoutine } from '../../../shared/stretches/selectRoutine.ts';
import { findExercise } from '../../../shared/stretches/library.ts';
import { makeClock, startTestApp } from '../../support/testServices.ts';
import { draft } from './fixtures.ts';

describe('pain regions for break routines', () => {
  it('reports this week’s painful regions, most frequent first, ignoring older and pain-free entries', async () => {
    const clock = makeClock('2026-11-23T12:00:00Z');
    const app = startTestApp(undefined, clock);
    const add = (at: string, region: string, intensity = 4) =>
      app.dispatch('pain:add', draft({ at, intensity, regions: [{ region: region as never, side: 'both' }] }));
    expect((await add('2026-11-23T09:00:00.000Z', 'neck')).ok).toBe(true);
    await add('2026-11-22T09:00:00.000Z', 'neck');
    await add('2026-11-21T09:00:00.000Z', 'lowerBack');
    await add('2026-11-10T09:00:00.000Z', 'shoulders'); // more than a week ago
    await add('2026-11-22T15:00:00.000Z', 'wristsForearms', 0); // logged as no pain

    const session = await app.dispatch('breaks:session', undefined);
    expect(session).toMatchObject({ ok: true, value: { painRegions: ['neck', 'lowerBack'] } });
  });

  it('makes a stretch break choose a routine for those regions', async () => {
    const app = startTestApp(undefined, makeClock('2026-11-23T12:00:00Z'));
    await app.dispatch('pain:add', draft({ at: '2026-11-23T09:00:00.000Z', regions: [{ region: 'neck', side: 'both' }] }));
    const session = await app.dispatch('breaks:session', undefined);
    if (!session.ok) throw new Error(session.error.message);
    const painRegions = app.services.breaks.session().painRegions;
    expect(painRegions).toEqual(['neck']);
    const routine = selectBreakRoutine({ kind: 'stretch', durationSec: 300, breakIndex: 0, painRegionsThisWeek: painRegions });
    const neckSteps = (r: typeof routine) => r.steps.filter((s) => findExercise(s.exerciseId)?.targets.includes('neck')).length;
    expect(neckSteps(routine)).toBeGreaterThan(0);
    // Over a rotation of breaks, neck pain never yields a routine with fewer neck steps than no pain would.
    for (let i = 0; i < 6; i++) {
      const withPain = selectBreakRoutine({ kind: 'stretch', durationSec: 300, breakIndex: i, painRegionsThisWeek: painRegions });
      const without = selectBreakRoutine({ kind: 'stretch', durationSec: 300, breakIndex: i, painRegionsThisWeek: [] });
      expect(neckSteps(withPain)).toBeGreaterThanOrEqual(neckSteps(without));
    }
  });
});
