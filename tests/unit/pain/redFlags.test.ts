import { describe, expect, it } from 'vitest';
import { entryFlags, entryRules, highestLevel, isMeaningfulChange, routineFlags, type DayPain } from '../../../shared/pain/redFlags.ts';
import { looksLikeNewStrain, flagGuidance, newStrainGuidance } from '../../../shared/pain/guidance.ts';
import type { PainDraft } from '../../../shared/pain/vocabulary.ts';
import { draft, entry } from './fixtures.ts';

const ids = (d: PainDraft) => entryFlags(d).map((f) => f.id);
const neck = [{ region: 'neck' as const, side: 'centre' as const }];
const wrist = [{ region: 'wristsForearms' as const, side: 'left' as const }];

// Each rule: an entry that meets it, and a near miss that must not.
const cases: Record<string, { yes: PainDraft; no: PainDraft }> = {
  'back.saddle': { yes: draft({ symptoms: [{ kind: 'numbness', site: 'saddle' }] }), no: draft({ symptoms: [{ kind: 'numbness', site: 'hands' }] }) },
  'back.bladderBowel': { yes: draft({ warningSigns: ['bladderBowel'] }), no: draft({ regions: wrist, warningSigns: ['bladderBowel'] }) },
  'back.bothLegs': { yes: draft({ symptoms: [{ kind: 'numbness', site: 'bothLegs' }] }), no: draft({ symptoms: [{ kind: 'numbness', site: 'oneLeg' }] }) },
  'any.suddenWeakness': { yes: draft({ regions: neck, warningSigns: ['suddenWeakClumsy'] }), no: draft({ regions: neck }) },
  'any.chestPain': { yes: draft({ warningSigns: ['chestPain'] }), no: draft({ warningSigns: ['weightLoss'] }) },
  'any.fallOrAccident': { yes: draft({ warningSigns: ['afterFallOrAccident'] }), no: draft({ triggers: ['lifting'] }) },
  'neck.faceArmHand': { yes: draft({ regions: neck, symptoms: [{ kind: 'numbness', site: 'face' }] }), no: draft({ regions: neck, symptoms: [{ kind: 'numbness', site: 'oneLeg' }] }) },
  'neck.faintingVisionSpeech': { yes: draft({ regions: neck, warningSigns: ['faintingVisionSpeech'] }), no: draft({ regions: neck, warningSigns: ['fever'] }) },
  'any.fever': { yes: draft({ warningSigns: ['fever'] }), no: draft({ warningSigns: ['lumpOrSwelling'] }) },
  'any.weightLoss': { yes: draft({ warningSigns: ['weightLoss'] }), no: draft({ warningSigns: ['fever'] }) },
  'any.lump': { yes: draft({ warningSigns: ['lumpOrSwelling'] }), no: draft({ warningSigns: ['worseAtNight'] }) },
  'any.nightPain': { yes: draft({ warningSigns: ['worseAtNight'] }), no: draft({ warningSigns: ['lumpOrSwelling'] }) },
  'any.armNerve': { yes: draft({ regions: wrist, symptoms: [{ kind: 'weakness', site: 'hands' }] }), no: draft({ regions: wrist }) },
  'any.legNerve': {
    yes: draft({ qualities: ['shooting'], radiatesTo: ['thighs'], symptoms: [{ kind: 'numbness', site: 'oneLeg' }] }),
    no: draft({ qualities: ['dullAche'], symptoms: [{ kind: 'numbness', site: 'oneLeg' }] }),
  },
};

describe('entry red-flag rules', () => {
  it('has a positive and a negative case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(entryRules.map((r) => r.id).sort());
  });
  for (const [id, { yes, no }] of Object.entries(cases)) {
    it(`${id}: meets the rule`, () => expect(ids(yes)).toContain(id));
    it(`${id}: the near miss does not`, () => expect(ids(no)).not.toContain(id));
  }
  it('a plain back-pain entry raises nothing', () => {
    expect(entryFlags(draft({ intensity: 6, qualities: ['dullAche', 'stiffness'] }))).toEqual([]);
  });
  it('numbness in both legs with back pain is an emergency, listed before urgent rules', () => {
    const flags = entryFlags(draft({ symptoms: [{ kind: 'numbness', site: 'bothLegs' }], warningSigns: ['fever'] }));
    expect(flags.map((f) => f.level)).toEqual(['emergency', 'urgent']);
    expect(highestLevel(flags)).toBe('emergency');
  });
  it('every rule names its sources', () => {
    for (const rule of entryRules) expect(rule.sources.length).toBeGreaterThan(0);
  });
  it('guidance says when to call the emergency number and never claims a diagnosis', () => {
    expect(flagGuidance.emergency.lines.join(' ')).toMatch(/emergency number/);
    for (const g of Object.values(flagGuidance)) expect(g.lines.join(' ')).not.toMatch(/you have /i);
    expect(newStrainGuidance.lines.join(' ')).toMatch(/as the label directs/);
  });
});

describe('meaningful change', () => {
  it('is 2 points or 30%', () => {
    expect(isMeaningfulChange(6, 4)).toBe(true);
    expect(isMeaningfulChange(3, 2)).toBe(true); // 33%
    expect(isMeaningfulChange(8, 7)).toBe(false); // 1 point, 12.5%
    expect(isMeaningfulChange(0, 1)).toBe(false);
  });
});

const day = (date: string, maxIntensity: number, maxInterference = 0): DayPain => ({ date, maxIntensity, maxInterference });

describe('routine rules', () => {
  it('pain on 4 days without improving is flagged; improving pain is not', () => {
    const flat = [day('2026-11-17', 4), day('2026-11-18', 4), day('2026-11-19', 5), day('2026-11-20', 4)];
    expect(routineFlags(flat, '2026-11-23', 4, null).map((f) => f.id)).toContain('routine.lasting');
    const better = [day('2026-11-17', 6), day('2026-11-18', 5), day('2026-11-19', 4), day('2026-11-20', 3)];
    expect(routineFlags(better, '2026-11-23', 4, null).map((f) => f.id)).not.toContain('routine.lasting');
    expect(routineFlags(flat.slice(0, 3), '2026-11-23', 4, null).map((f) => f.id)).not.toContain('routine.lasting');
  });
  it('severe pain or a meaningful worsening is flagged; a mild week is not', () => {
    expect(routineFlags([day('2026-11-20', 7)], '2026-11-23', 7, null).map((f) => f.id)).toContain('routine.severeOrWorsening');
    expect(routineFlags([day('2026-11-20', 5)], '2026-11-23', 5, 3).map((f) => f.id)).toContain('routine.severeOrWorsening');
    expect(routineFlags([day('2026-11-20', 5)], '2026-11-23', 5, 4.5).map((f) => f.id)).not.toContain('routine.severeOrWorsening');
  });
  it('interference of 7 or more on 3 days is flagged; on 2 days it is not', () => {
    const three = [day('2026-11-18', 3, 7), day('2026-11-19', 3, 8), day('2026-11-21', 3, 9)];
    expect(routineFlags(three, '2026-11-23', 3, null).map((f) => f.id)).toContain('routine.interference');
    expect(routineFlags(three.slice(0, 2), '2026-11-23', 3, null).map((f) => f.id)).not.toContain('routine.interference');
    // Days outside the seven ending on `end` do not count.
    expect(routineFlags(three, '2026-11-30', 3, null).map((f) => f.id)).not.toContain('routine.interference');
  });
});

describe('new strain', () => {
  it('pain after lifting in a region quiet for a week looks like a new strain', () => {
    expect(looksLikeNewStrain(draft({ triggers: ['lifting'] }), [])).toBe(true);
  });
  it('not when the same region hurt in the days before, or the pain is mild, or nothing suggests a strain', () => {
    const before = entry({ at: '2026-11-21T10:00:00.000Z' });
    expect(looksLikeNewStrain(draft({ triggers: ['lifting'] }), [before])).toBe(false);
    expect(looksLikeNewStrain(draft({ triggers: ['lifting'], intensity: 2 }), [])).toBe(false);
    expect(looksLikeNewStrain(draft({ triggers: ['stress'], qualities: ['dullAche'] }), [])).toBe(false);
  });
});
