// Draws an exercise's pose from the shared pose data: one consistent line-figure style that uses
// currentColor and theme variables, so it reads in light and dark themes.
import { findExercise } from '../../../../../shared/stretches/library.ts';
import { poses, type Limbs, type Pose, type Pt } from '../../../../../shared/stretches/poses.ts';

const path = (...pts: (Pt | undefined)[]) =>
  pts
    .filter((p): p is Pt => p !== undefined)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0]} ${p[1]}`)
    .join(' ');

function LimbPaths({ limbs }: { limbs: Limbs }) {
  return (
    <>
      <path d={path(limbs.hip, limbs.knee, limbs.foot, limbs.toe)} />
      <path d={path(limbs.shoulder, limbs.elbow, limbs.hand)} />
    </>
  );
}

function Arrow({ from, to }: { from: Pt; to: Pt }) {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const head = (turn: number): Pt => [to[0] - 4 * ux + turn * 3 * uy, to[1] - 4 * uy - turn * 3 * ux];
  return (
    <g className="figure-arrow">
      <path d={path(from, to)} />
      <path d={path(head(1), to, head(-1))} />
    </g>
  );
}

export function ExerciseFigure({ exerciseId, size = 120, mirrored = false }: { exerciseId: string; size?: number; mirrored?: boolean }) {
  const pose: Pose | undefined = poses[exerciseId];
  const alt = findExercise(exerciseId)?.alt ?? 'Exercise illustration';
  if (!pose) return null;
  const { head, gaze } = pose;
  return (
    <svg
      className="exercise-figure"
      viewBox="0 0 120 120"
      width={size}
      height={size}
      role="img"
      aria-label={alt}
      data-exercise={exerciseId}
    >
      <g transform={mirrored ? 'translate(120 0) scale(-1 1)' : undefined}>
        <path className="figure-ground" d="M2 110 L118 110" />
        <g className="figure-props">
          {pose.props.map(([a, b], i) => (
            <path key={i} d={path(a, b)} />
          ))}
        </g>
        <g className="figure-far">
          <LimbPaths limbs={pose.far} />
        </g>
        <g className="figure-body">
          <path
            className="figure-torso"
            d={pose.spine ? `M${pose.neck[0]} ${pose.neck[1]} Q${pose.spine[0]} ${pose.spine[1]} ${pose.pelvis[0]} ${pose.pelvis[1]}` : path(pose.neck, pose.pelvis)}
          />
          {pose.view === 'front' && <path d={path(pose.near.shoulder, pose.far.shoulder)} />}
          {pose.view === 'front' && <path d={path(pose.near.hip, pose.far.hip)} />}
          <path d={path(pose.neck, head)} />
          <LimbPaths limbs={pose.near} />
          <circle className="figure-head" cx={head[0]} cy={head[1]} r={8} />
          {gaze && <path className="figure-nose" d={path([head[0] + gaze[0] * 7, head[1] + gaze[1] * 7], [head[0] + gaze[0] * 11, head[1] + gaze[1] * 11])} />}
        </g>
        {pose.arrow && <Arrow from={pose.arrow[0]} to={pose.arrow[1]} />}
      </g>
    </svg>
  );
}
