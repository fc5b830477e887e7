// Body regions shared by the stretch library (target areas) and the pain log (where it hurts).
// Vocabulary from the content brief, section 4.
export const bodyRegions = [
  'head',
  'neck',
  'shoulders',
  'upperBack',
  'midBack',
  'lowerBack',
  'buttocks',
  'hips',
  'arms',
  'elbows',
  'wristsForearms',
  'hands',
  'thighs',
  'knees',
  'lowerLegs',
  'feet',
] as const;
export type BodyRegion = (typeof bodyRegions)[number];

export const bodyRegionLabels: Record<BodyRegion, string> = {
  head: 'Head',
  neck: 'Neck',
  shoulders: 'Shoulders',
  upperBack: 'Upper back',
  midBack: 'Mid back',
  lowerBack: 'Lower back',
  buttocks: 'Buttocks',
  hips: 'Hips',
  arms: 'Arms',
  elbows: 'Elbows',
  wristsForearms: 'Forearms and wrists',
  hands: 'Hands',
  thighs: 'Thighs',
  knees: 'Knees',
  lowerLegs: 'Lower legs',
  feet: 'Feet',
};

export const sides = ['left', 'right', 'both', 'centre'] as const;
export type Side = (typeof sides)[number];
