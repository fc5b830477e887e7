// What a pain entry can hold, in the app's own words (content brief section 4). Zod-free so the
// renderer can import the lists and limits without bundling schemas.
import type { BodyRegion, Side } from '../body/regions.ts';

export const painQualities = ['dullAche', 'stiffness', 'sharp', 'stabbing', 'shooting', 'throbbing', 'burning', 'tingling', 'numbness'] as const;
export type PainQuality = (typeof painQualities)[number];
export const painQualityLabels: Record<PainQuality, string> = {
  dullAche: 'Dull ache',
  stiffness: 'Stiffness',
  sharp: 'Sharp',
  stabbing: 'Stabbing',
  shooting: 'Shooting or radiating',
  throbbing: 'Throbbing',
  burning: 'Burning',
  tingling: 'Tingling',
  numbness: 'Numbness',
};

export const symptomKinds = ['numbness', 'tingling', 'weakness'] as const;
export type SymptomKind = (typeof symptomKinds)[number];
export const symptomKindLabels: Record<SymptomKind, string> = { numbness: 'Numbness', tingling: 'Tingling', weakness: 'Weakness' };

/** Where an associated symptom is felt; the red-flag rules depend on these places. */
export const symptomSites = ['bothLegs', 'oneLeg', 'arms', 'hands', 'face', 'saddle'] as const;
export type SymptomSite = (typeof symptomSites)[number];
export const symptomSiteLabels: Record<SymptomSite, string> = {
  bothLegs: 'Both legs',
  oneLeg: 'One leg',
  arms: 'Arm or arms',
  hands: 'Hand or hands',
  face: 'Face',
  saddle: 'Around the genitals, buttocks or inner thighs',
};

/** Other signs the form asks about, so the warning rules can point to care. */
export const warningSigns = [
  'bladderBowel',
  'sexualSensation',
  'chestPain',
  'afterFallOrAccident',
  'suddenWeakClumsy',
  'faintingVisionSpeech',
  'fever',
  'weightLoss',
  'lumpOrSwelling',
  'worseAtNight',
  'stiffNeckFeverHeadache',
] as const;
export type WarningSign = (typeof warningSigns)[number];
export const warningSignLabels: Record<WarningSign, string> = {
  bladderBowel: 'New trouble passing urine, or losing control of bladder or bowel',
  sexualSensation: 'New loss of sexual sensation',
  chestPain: 'Chest pain',
  afterFallOrAccident: 'The pain started after a serious fall or accident',
  suddenWeakClumsy: 'Arms or legs suddenly weak, clumsy or uncoordinated',
  faintingVisionSpeech: 'Fainting, double vision, or trouble speaking or swallowing',
  fever: 'A temperature of 38 °C or more, or feeling generally unwell',
  weightLoss: 'Weight loss you cannot explain',
  lumpOrSwelling: 'A lump, swelling, redness or warmth, or a change in the shape of your back',
  worseAtNight: 'Pain that rest does not ease, or that is worse at night',
  stiffNeckFeverHeadache: 'A stiff neck with a high temperature and a severe headache',
};

export const presetTriggers = ['longSitting', 'laptop', 'lifting', 'poorSleep', 'stress', 'afterMassage', 'afterExercise'] as const;
export type PresetTrigger = (typeof presetTriggers)[number];
export const presetTriggerLabels: Record<PresetTrigger, string> = {
  longSitting: 'Long sitting',
  laptop: 'Laptop use',
  lifting: 'Lifting',
  poorSleep: 'Poor sleep',
  stress: 'Stress',
  afterMassage: 'After a massage',
  afterExercise: 'After exercise',
};

export const reliefMethods = ['heat', 'cold', 'stretching', 'walking', 'rest', 'break', 'massage', 'otcMedicine', 'other'] as const;
export type ReliefMethod = (typeof reliefMethods)[number];
export const reliefMethodLabels: Record<ReliefMethod, string> = {
  heat: 'Heat',
  cold: 'Cold',
  stretching: 'Stretching',
  walking: 'Walking',
  rest: 'Rest',
  break: 'A break',
  massage: 'Massage',
  otcMedicine: 'Over-the-counter medicine',
  other: 'Other',
};

export const interferenceAreas = ['work', 'sleep', 'mood', 'activity'] as const;
export type InterferenceArea = (typeof interferenceAreas)[number];
export const interferenceLabels: Record<InterferenceArea, string> = { work: 'Work', sleep: 'Sleep', mood: 'Mood', activity: 'Activity' };

export const painLimits = {
  maxRegions: 16,
  maxQualities: painQualities.length,
  maxSymptoms: 18,
  maxTriggers: 12,
  maxCustomTriggerLength: 60,
  maxRelief: 12,
  maxNotesLength: 2000,
  maxIdLength: 64,
  /** A whole backup file, in characters. */
  maxImportChars: 50_000_000,
  maxImportEntries: 200_000,
} as const;

export interface PainRegion {
  region: BodyRegion;
  side: Side;
}
export interface AssociatedSymptom {
  kind: SymptomKind;
  site: SymptomSite;
}
export interface ReliefTried {
  method: ReliefMethod;
  /** 0–100 in steps of 10. */
  helpedPercent: number;
}
export type Interference = Partial<Record<InterferenceArea, number>>;

/** What the user fills in; main adds the id, times and break context. */
export interface PainDraft {
  /** When the pain was, UTC ISO; may be back-dated. */
  at: string;
  /** The user's UTC offset in minutes at that moment (east positive), so days group locally. */
  offsetMin: number;
  intensity: number;
  regions: PainRegion[];
  qualities: PainQuality[];
  radiatesTo: BodyRegion[];
  symptoms: AssociatedSymptom[];
  warningSigns: WarningSign[];
  triggers: PresetTrigger[];
  customTriggers: string[];
  relief: ReliefTried[];
  interference: Interference;
  notes: string;
}

export interface BreakContext {
  taken: number;
  skipped: number;
  postponed: number;
}

export interface PainEntry extends PainDraft {
  id: string;
  createdAt: string;
  updatedAt: string;
  breakContext: BreakContext;
  /** Red-flag rules shown on save, and when the user acknowledged them. */
  flagsShown: string[];
  acknowledgedAt: string | null;
}
