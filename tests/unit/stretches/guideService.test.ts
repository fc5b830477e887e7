import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, startTestApp } from '../../support/testServices.ts';

const guideFile = (dir: string) => path.join(dir, 'guide.json');
const onDisk = (dir: string) => JSON.parse(fs.readFileSync(guideFile(dir), 'utf8')).data;

describe('guide service', () => {
  it('keeps favourites, user routines and the chime setting on disk and across a restart', async () => {
    const dir = makeTempDir();
    const app = startTestApp(dir);
    await app.dispatch('guide:setFavourite', { exerciseId: 'chin-tuck', favourite: true });
    const created = await app.dispatch('guide:saveRoutine', { name: ' Morning ', items: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'cat-cow' }] });
    expect(created.ok).toBe(true);
    const id = onDisk(dir).userRoutines[0].id as string;
    expect(id).toMatch(/^user-/);
    await app.dispatch('guide:saveRoutine', { id, name: 'Mornings', items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'chin-tuck' }] });
    await app.dispatch('guide:setSound', { on: true });
    expect(onDisk(dir)).toEqual({
      favourites: ['chin-tuck'],
      userRoutines: [{ id, name: 'Mornings', items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'chin-tuck' }] }],
      sound: true,
    });
    expect(app.events.filter((e) => e.channel === 'guide:changed').length).toBe(4);

    const again = startTestApp(dir);
    expect(again.services.guide.get().userRoutines[0]!.name).toBe('Mornings');
    await again.dispatch('guide:deleteRoutine', { id });
    await again.dispatch('guide:setFavourite', { exerciseId: 'chin-tuck', favourite: false });
    expect(onDisk(dir)).toMatchObject({ favourites: [], userRoutines: [] });
  });

  it('rejects unknown exercises, empty names, missing routines and extra fields, and the file stays as it was', async () => {
    const dir = makeTempDir();
    const app = startTestApp(dir);
    await app.dispatch('guide:setFavourite', { exerciseId: 'bridge', favourite: true });
    const before = fs.readFileSync(guideFile(dir));
    expect(await app.dispatch('guide:setFavourite', { exerciseId: 'not-there', favourite: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('guide:saveRoutine', { name: '   ', items: [{ exerciseId: 'bridge' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'name', message: 'Give the routine a name' }] },
    });
    expect(await app.dispatch('guide:saveRoutine', { name: 'X', items: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.dispatch('guide:saveRoutine', { name: 'X', items: [{ exerciseId: 'nope-nope' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'items.0.exerciseId' }] },
    });
    expect(await app.dispatch('guide:saveRoutine', { id: 'user-gone', name: 'X', items: [{ exerciseId: 'bridge' }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.dispatch('guide:deleteRoutine', { id: 'user-gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.dispatch('guide:setSound', { on: true, extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(fs.readFileSync(guideFile(dir)).equals(before)).toBe(true);
  });
});
