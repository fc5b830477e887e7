// Workstation checklist types. Plain TypeScript so the renderer can import the content.
export const checklistGroups = ['posture', 'chair', 'desk', 'monitor', 'keyboardMouse', 'laptop', 'lighting', 'habits', 'driving'] as const;
export type ChecklistGroup = (typeof checklistGroups)[number];

export const checklistGroupLabels: Record<ChecklistGroup, string> = {
  posture: 'Posture',
  chair: 'Chair',
  desk: 'Desk',
  monitor: 'Monitor',
  keyboardMouse: 'Keyboard and mouse',
  laptop: 'Laptop',
  lighting: 'Lighting',
  habits: 'Habits',
  driving: 'Driving (optional)',
};

export const answers = ['yes', 'no', 'na'] as const;
export type Answer = (typeof answers)[number];

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  /** Phrased so that "yes" is the healthy answer. */
  question: string;
  why: string;
  /** What to do about a "no". */
  fix: string;
  sources: readonly string[];
}

export interface Assessment {
  id: string;
  at: string;
  answers: Readonly<Record<string, Answer>>;
}

export const checklistLimits = { minRecheckDays: 1, maxRecheckDays: 365, defaultRecheckDays: 30, maxAssessments: 200 } as const;
