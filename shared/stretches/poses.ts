// Pose data for the illustrations: joint coordinates in a 120 x 120 box (y grows downwards, the
// floor is at y = 110). One renderer component draws every pose the same way, so the style stays
// consistent; near-side limbs are solid, far-side limbs are drawn fainter.
export type Pt = readonly [number, number];

export interface Limbs {
  shoulder: Pt;
  elbow: Pt;
  hand: Pt;
  hip: Pt;
  knee: Pt;
  foot: Pt;
  /** Where the toes point, when the foot is drawn. */
  toe?: Pt;
}

export interface Pose {
  view: 'side' | 'front';
  head: Pt;
  /** Direction the face looks, drawn as a short nose mark. */
  gaze?: Pt;
  neck: Pt;
  pelvis: Pt;
  /** A control point that curves the spine (a rounded or arched back). */
  spine?: Pt;
  near: Limbs;
  far: Limbs;
  /** Furniture as line segments (chair, desk, mat). */
  props: readonly (readonly [Pt, Pt])[];
  /** A movement hint, drawn as an arrow. */
  arrow?: readonly [Pt, Pt];
}

export const floorY = 110;

const chair: Pose['props'] = [
  [[34, 72], [66, 72]],
  [[34, 72], [31, 36]],
  [[38, 72], [38, 110]],
  [[62, 72], [62, 110]],
];
const frontChair: Pose['props'] = [
  [[40, 72], [80, 72]],
  [[44, 72], [44, 110]],
  [[76, 72], [76, 110]],
];
const deskRight: Pose['props'] = [
  [[84, 58], [118, 58]],
  [[112, 58], [112, 110]],
];
const mat: Pose['props'] = [[[4, 112], [116, 112]]];

type Side = Omit<Limbs, 'toe'> & { toe?: Pt };
const limbs = (l: Side): Limbs => l;

/** Seated, side view, facing right, hands resting on the thighs. */
function seated(over: Partial<Pose> & { nearArm?: Partial<Limbs>; farArm?: Partial<Limbs>; nearLeg?: Partial<Limbs>; farLeg?: Partial<Limbs> } = {}): Pose {
  const { nearArm, farArm, nearLeg, farLeg, ...rest } = over;
  return {
    view: 'side',
    head: [50, 20],
    gaze: [1, 0],
    neck: [48, 31],
    pelvis: [45, 67],
    near: limbs({ shoulder: [48, 34], elbow: [52, 54], hand: [66, 62], hip: [45, 67], knee: [72, 66], foot: [74, 106], toe: [82, 106], ...nearArm, ...nearLeg }),
    far: limbs({ shoulder: [46, 34], elbow: [49, 54], hand: [63, 62], hip: [43, 67], knee: [69, 66], foot: [70, 106], toe: [78, 106], ...farArm, ...farLeg }),
    props: chair,
    ...rest,
  };
}

/** Seated, front view. */
function seatedFront(over: Partial<Pose> & { nearArm?: Partial<Limbs>; farArm?: Partial<Limbs> } = {}): Pose {
  const { nearArm, farArm, ...rest } = over;
  return {
    view: 'front',
    head: [60, 19],
    neck: [60, 31],
    pelvis: [60, 66],
    near: limbs({ shoulder: [49, 35], elbow: [47, 52], hand: [51, 67], hip: [53, 68], knee: [50, 72], foot: [48, 107], ...nearArm }),
    far: limbs({ shoulder: [71, 35], elbow: [73, 52], hand: [69, 67], hip: [67, 68], knee: [70, 72], foot: [72, 107], ...farArm }),
    props: frontChair,
    ...rest,
  };
}

/** Standing, side view, facing right. */
function standing(over: Partial<Pose> & { nearArm?: Partial<Limbs>; farArm?: Partial<Limbs>; nearLeg?: Partial<Limbs>; farLeg?: Partial<Limbs> } = {}): Pose {
  const { nearArm, farArm, nearLeg, farLeg, ...rest } = over;
  return {
    view: 'side',
    head: [56, 13],
    gaze: [1, 0],
    neck: [55, 24],
    pelvis: [55, 60],
    near: limbs({ shoulder: [55, 27], elbow: [56, 45], hand: [58, 61], hip: [55, 60], knee: [57, 84], foot: [56, 108], toe: [64, 108], ...nearArm, ...nearLeg }),
    far: limbs({ shoulder: [53, 27], elbow: [53, 45], hand: [55, 61], hip: [53, 60], knee: [54, 84], foot: [52, 108], toe: [60, 108], ...farArm, ...farLeg }),
    props: [],
    ...rest,
  };
}

/** On hands and knees, side view, facing right. */
function allFours(over: Partial<Pose> & { nearArm?: Partial<Limbs>; farArm?: Partial<Limbs>; nearLeg?: Partial<Limbs>; farLeg?: Partial<Limbs> } = {}): Pose {
  const { nearArm, farArm, nearLeg, farLeg, ...rest } = over;
  return {
    view: 'side',
    head: [92, 60],
    gaze: [0.6, 0.8],
    neck: [83, 66],
    pelvis: [42, 68],
    near: limbs({ shoulder: [82, 68], elbow: [82, 89], hand: [82, 110], hip: [42, 68], knee: [42, 110], foot: [16, 110], ...nearArm, ...nearLeg }),
    far: limbs({ shoulder: [80, 68], elbow: [79, 89], hand: [78, 110], hip: [40, 68], knee: [39, 110], foot: [13, 110], ...farArm, ...farLeg }),
    props: mat,
    ...rest,
  };
}

/** Lying on the back, knees bent, head to the left. */
function supine(over: Partial<Pose> & { nearArm?: Partial<Limbs>; farArm?: Partial<Limbs>; nearLeg?: Partial<Limbs>; farLeg?: Partial<Limbs> } = {}): Pose {
  const { nearArm, farArm, nearLeg, farLeg, ...rest } = over;
  return {
    view: 'side',
    head: [14, 102],
    gaze: [0, -1],
    neck: [25, 104],
    pelvis: [62, 105],
    near: limbs({ shoulder: [27, 105], elbow: [44, 108], hand: [60, 108], hip: [62, 105], knee: [80, 80], foot: [94, 108], toe: [101, 106], ...nearArm, ...nearLeg }),
    far: limbs({ shoulder: [25, 105], elbow: [42, 108], hand: [57, 108], hip: [60, 105], knee: [78, 82], foot: [91, 108], toe: [98, 106], ...farArm, ...farLeg }),
    props: mat,
    ...rest,
  };
}

export const poses: Record<string, Pose> = {
  'posture-reset': seated(),
  'chin-tuck': seated({ head: [47, 20], neck: [47, 31], arrow: [[56, 5], [45, 5]] }),
  'neck-rotation': seatedFront({ gaze: [1, 0], head: [60, 19], arrow: [[70, 8], [80, 8]] }),
  'side-neck-stretch': seatedFront({ head: [67, 21], neck: [61, 31], arrow: [[74, 8], [80, 16]] }),
  'shoulder-rolls': seated({
    nearArm: { shoulder: [48, 29], elbow: [50, 50] },
    farArm: { shoulder: [46, 29], elbow: [47, 50] },
    arrow: [[40, 24], [40, 16]],
  }),
  'cross-body-shoulder': standing({
    view: 'front',
    head: [60, 13],
    gaze: undefined,
    neck: [60, 24],
    pelvis: [60, 60],
    near: limbs({ shoulder: [50, 28], elbow: [62, 36], hand: [76, 32], hip: [54, 60], knee: [53, 84], foot: [52, 108] }),
    far: limbs({ shoulder: [70, 28], elbow: [76, 46], hand: [60, 36], hip: [66, 60], knee: [67, 84], foot: [68, 108] }),
  }),
  'shoulder-blade-squeeze': seated({
    nearArm: { elbow: [38, 46], hand: [50, 40] },
    farArm: { elbow: [36, 46], hand: [48, 40] },
    arrow: [[34, 30], [26, 30]],
  }),
  'seated-twist': seatedFront({
    head: [60, 19],
    gaze: [-1, 0],
    nearArm: { elbow: [40, 44], hand: [42, 62] },
    farArm: { elbow: [60, 46], hand: [46, 54] },
    arrow: [[62, 7], [50, 7]],
  }),
  'seated-knee-to-chest': seated({
    nearArm: { elbow: [60, 50], hand: [66, 48] },
    farArm: { elbow: [58, 50], hand: [64, 48] },
    nearLeg: { knee: [66, 44], foot: [74, 70], toe: [81, 68] },
  }),
  'standing-back-extension': standing({
    head: [44, 15],
    gaze: [0.9, -0.4],
    neck: [48, 26],
    pelvis: [58, 60],
    spine: [56, 40],
    nearArm: { shoulder: [48, 28], elbow: [40, 42], hand: [50, 54] },
    farArm: { shoulder: [46, 28], elbow: [38, 42], hand: [48, 54] },
    nearLeg: { hip: [58, 60], knee: [59, 84], foot: [57, 108], toe: [65, 108] },
    farLeg: { hip: [56, 60], knee: [56, 84], foot: [53, 108], toe: [61, 108] },
    arrow: [[60, 10], [50, 4]],
  }),
  'wrist-flexor-stretch': seated({
    nearArm: { elbow: [66, 36], hand: [84, 36] },
    farArm: { elbow: [58, 44], hand: [82, 32] },
    arrow: [[90, 26], [86, 20]],
  }),
  'wrist-extensor-stretch': seated({
    nearArm: { elbow: [66, 36], hand: [84, 40] },
    farArm: { elbow: [58, 46], hand: [84, 46] },
    arrow: [[92, 40], [92, 48]],
  }),
  'standing-hamstring': standing({
    head: [84, 44],
    gaze: [0.5, 0.87],
    neck: [74, 42],
    pelvis: [44, 56],
    nearArm: { shoulder: [74, 43], elbow: [74, 58], hand: [72, 72] },
    farArm: { shoulder: [72, 43], elbow: [71, 58], hand: [69, 72] },
    nearLeg: { hip: [44, 56], knee: [62, 82], foot: [80, 106], toe: [82, 98] },
    farLeg: { hip: [42, 56], knee: [42, 82], foot: [40, 108], toe: [48, 108] },
  }),
  'standing-quad': standing({
    props: deskRight,
    nearArm: { elbow: [68, 44], hand: [84, 56] },
    farArm: { elbow: [48, 46], hand: [44, 66] },
    nearLeg: { knee: [56, 84], foot: [42, 68], toe: [42, 62] },
  }),
  'standing-calf': standing({
    props: deskRight,
    head: [70, 18],
    neck: [66, 28],
    pelvis: [52, 62],
    nearArm: { shoulder: [66, 30], elbow: [76, 44], hand: [86, 56] },
    farArm: { shoulder: [64, 30], elbow: [74, 44], hand: [84, 56] },
    nearLeg: { hip: [52, 62], knee: [64, 84], foot: [66, 108], toe: [74, 108] },
    farLeg: { hip: [50, 62], knee: [38, 84], foot: [26, 108], toe: [34, 108] },
  }),
  'desk-stretch': standing({
    props: [
      [[86, 56], [118, 56]],
      [[112, 56], [112, 110]],
    ],
    head: [74, 44],
    gaze: [0, 1],
    neck: [66, 42],
    pelvis: [36, 50],
    nearArm: { shoulder: [66, 43], elbow: [78, 50], hand: [90, 54] },
    farArm: { shoulder: [64, 43], elbow: [76, 50], hand: [88, 54] },
    nearLeg: { hip: [36, 50], knee: [38, 79], foot: [40, 108], toe: [48, 108] },
    farLeg: { hip: [34, 50], knee: [35, 79], foot: [36, 108], toe: [44, 108] },
  }),
  'eye-break': seated({ gaze: [1, -0.2], props: [...chair, ...deskRight, [[98, 58], [98, 44]], [[92, 44], [104, 44]]], arrow: [[60, 10], [100, 10]] }),
  'cat-cow': allFours({ neck: [82, 68], pelvis: [42, 68], spine: [62, 44], arrow: [[62, 40], [62, 30]], head: [90, 76], gaze: [0.2, 1] }),
  'childs-pose': {
    ...allFours(),
    head: [72, 100],
    gaze: [0.3, 1],
    neck: [64, 96],
    pelvis: [28, 84],
    spine: [44, 76],
    near: limbs({ shoulder: [62, 96], elbow: [82, 104], hand: [106, 107], hip: [28, 84], knee: [50, 106], foot: [16, 107] }),
    far: limbs({ shoulder: [60, 96], elbow: [80, 104], hand: [103, 107], hip: [26, 84], knee: [48, 106], foot: [14, 107] }),
  },
  'pelvic-tilt': supine({ arrow: [[62, 92], [62, 98]] }),
  'knee-to-chest': supine({
    nearLeg: { knee: [50, 76], foot: [66, 88], toe: [72, 86] },
    nearArm: { elbow: [38, 90], hand: [50, 78] },
    farArm: { elbow: [36, 92], hand: [48, 80] },
  }),
  'knee-rolls': supine({
    nearArm: { elbow: [30, 92], hand: [26, 80] },
    farArm: { elbow: [24, 95], hand: [14, 88] },
    nearLeg: { knee: [86, 92], foot: [96, 108], toe: [103, 107] },
    farLeg: { knee: [84, 95], foot: [93, 109], toe: [100, 108] },
    arrow: [[80, 74], [90, 84]],
  }),
  bridge: supine({
    neck: [25, 103],
    pelvis: [64, 84],
    nearLeg: { hip: [64, 84], knee: [84, 74], foot: [94, 108] },
    farLeg: { hip: [62, 85], knee: [82, 76], foot: [91, 108] },
    arrow: [[64, 66], [64, 58]],
  }),
  'bird-dog': allFours({
    head: [94, 58],
    nearArm: { elbow: [94, 66], hand: [110, 64] },
    nearLeg: { hip: [42, 68], knee: [24, 68], foot: [6, 66] },
  }),
  superman: {
    view: 'side',
    head: [86, 92],
    gaze: [1, 0.3],
    neck: [76, 98],
    pelvis: [40, 104],
    near: limbs({ shoulder: [76, 99], elbow: [92, 94], hand: [108, 90], hip: [40, 104], knee: [22, 104], foot: [6, 100] }),
    far: limbs({ shoulder: [74, 99], elbow: [90, 96], hand: [106, 92], hip: [38, 104], knee: [20, 105], foot: [4, 102] }),
    props: mat,
  },
  'forearm-plank': {
    view: 'side',
    head: [96, 78],
    gaze: [0.5, 0.87],
    neck: [86, 82],
    pelvis: [50, 88],
    near: limbs({ shoulder: [84, 84], elbow: [84, 108], hand: [100, 108], hip: [50, 88], knee: [32, 97], foot: [12, 108] }),
    far: limbs({ shoulder: [82, 84], elbow: [81, 108], hand: [97, 108], hip: [48, 88], knee: [30, 97], foot: [10, 108] }),
    props: mat,
  },
};
