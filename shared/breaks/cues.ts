// One-line posture cues for the posture-check notification, in Limber's own words (content brief §2, §3).
export interface PostureCue {
  id: string;
  text: string;
  sources: string[];
}

export const postureCues: readonly PostureCue[] = [
  { id: 'ears-shoulders', text: 'Ears over shoulders, shoulders down and relaxed.', sources: ['OSHA computer workstations eTool'] },
  { id: 'back-chair', text: 'Sit back against the chair, feet flat on the floor.', sources: ['OSHA computer workstations eTool'] },
  { id: 'elbows-wrists', text: 'Elbows close to your sides, wrists straight.', sources: ['OSHA computer workstations eTool'] },
  { id: 'look-away', text: 'Look at something about 6 m away for 20 seconds.', sources: ['American Academy of Ophthalmology, 20-20-20 rule'] },
];

/** Cycles through the cues so consecutive checks vary. */
export function postureCueFor(sequence: number): PostureCue {
  return postureCues[Math.abs(Math.trunc(sequence)) % postureCues.length]!;
}
