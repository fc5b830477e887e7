// Built-in routines. Lengths are checked against the player's timing in the content tests.
import { src } from './sources.ts';
import type { Routine } from './types.ts';

export const routines: readonly Routine[] = [
  {
    id: 'posture-reset-1',
    name: '1-minute posture reset',
    description: 'Settle back into the chair, free the neck and let the shoulders drop.',
    statedMinutes: 1,
    setting: 'desk',
    sources: [src.stanford, src.oshaEtool, src.physioSheets],
    items: [{ exerciseId: 'posture-reset' }, { exerciseId: 'chin-tuck' }, { exerciseId: 'shoulder-blade-squeeze', reps: 2 }],
  },
  {
    id: 'neck-shoulders-2',
    name: '2-minute neck and shoulders',
    description: 'Gentle neck movements and shoulder rolls for a stiff neck after screen work.',
    statedMinutes: 2,
    setting: 'desk',
    sources: [src.stanford, src.mayoOffice, src.physioSheets],
    items: [
      { exerciseId: 'chin-tuck' },
      { exerciseId: 'neck-rotation' },
      { exerciseId: 'side-neck-stretch' },
      { exerciseId: 'shoulder-rolls' },
    ],
  },
  {
    id: 'desk-break-5',
    name: '5-minute desk stretch break',
    description: 'Stand up and stretch from neck to calves, using the desk for support.',
    statedMinutes: 5,
    setting: 'desk',
    sources: [src.niosh, src.ontario, src.mayoOffice, src.mayoSports],
    items: [
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'side-neck-stretch' },
      { exerciseId: 'cross-body-shoulder' },
      { exerciseId: 'desk-stretch' },
      { exerciseId: 'standing-back-extension' },
      { exerciseId: 'standing-calf' },
      { exerciseId: 'standing-hamstring' },
    ],
  },
  {
    id: 'lower-back-desk-5',
    name: '5-minute lower back at the desk',
    description: 'Ease a stiff lower back between long stretches of sitting.',
    statedMinutes: 5,
    setting: 'desk',
    sources: [src.niosh, src.ontario, src.mayoOffice, src.nhsBack],
    items: [
      { exerciseId: 'posture-reset' },
      { exerciseId: 'seated-twist' },
      { exerciseId: 'seated-knee-to-chest' },
      { exerciseId: 'standing-back-extension' },
      { exerciseId: 'standing-quad' },
      { exerciseId: 'standing-hamstring' },
      { exerciseId: 'desk-stretch' },
      { exerciseId: 'seated-twist', reps: 1 },
    ],
  },
  {
    id: 'evening-floor-10',
    name: '10-minute evening floor routine',
    description: 'Slow floor stretches on a mat to unwind the back at the end of the day.',
    statedMinutes: 10,
    setting: 'floor',
    sources: [src.nhsBack, src.mayoBack, src.seed003],
    items: [
      { exerciseId: 'cat-cow' },
      { exerciseId: 'childs-pose' },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'bridge' },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'cat-cow' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'childs-pose' },
    ],
  },
];

export function findRoutine(id: string): Routine | undefined {
  return routines.find((r) => r.id === id);
}
