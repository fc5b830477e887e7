import { describe, expect, it } from 'vitest';
import { exercises } from '../../../shared/stretches/library.ts';
import { floorY, poses, type Pt } from '../../../shared/stretches/poses.ts';

const inBox = ([x, y]: Pt) => x >= 0 && x <= 120 && y >= 0 && y <= 120;

describe('exercise illustrations', () => {
  it('has a pose for every exercise and none for exercises that do not exist', () => {
    expect(Object.keys(poses).sort()).toEqual(exercises.map((e) => e.id).sort());
  });

  it.each(exercises.map((e) => [e.id] as const))('%s keeps every joint inside the drawing and on or above the floor', (id) => {
    const pose = poses[id]!;
    const points: Pt[] = [pose.head, pose.neck, pose.pelvis, ...(pose.spine ? [pose.spine] : [])];
    for (const limbs of [pose.near, pose.far]) points.push(limbs.shoulder, limbs.elbow, limbs.hand, limbs.hip, limbs.knee, limbs.foot, ...(limbs.toe ? [limbs.toe] : []));
    for (const p of points) {
      expect(inBox(p), `${id} ${p.join(',')}`).toBe(true);
      expect(p[1], `${id} ${p.join(',')} below the floor`).toBeLessThanOrEqual(floorY);
    }
  });

  it('draws floor exercises low and standing ones with the hips high', () => {
    for (const e of exercises) {
      const { head, pelvis } = poses[e.id]!;
      if (e.position === 'floor') expect(Math.min(head[1], pelvis[1]), e.id).toBeGreaterThan(55);
      if (e.position === 'standing') expect(pelvis[1], e.id).toBeLessThan(65);
    }
  });
});
