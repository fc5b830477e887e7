import { describe, expect, it } from 'vitest';
import { schedulePresets } from '../../../shared/settings/presets.ts';

describe('preset evidence lines', () => {
  it('never claim recovery or name internal sources', () => {
    for (const p of Object.values(schedulePresets)) {
      const text = `${p.evidence} ${p.source}`;
      expect(text).not.toMatch(/recover(y|ed)? (help|aid)|helps? recovery|helped recovery/i);
      expect(text).not.toMatch(/seed|content brief|lower authority|exercise sheet/i);
    }
  });
  it('presets other than the tested schedule say "not tested as such"', () => {
    expect(schedulePresets.gentle.evidence).toMatch(/not tested as such/i);
    expect(schedulePresets.frequent.evidence).toMatch(/not tested as such/i);
  });
});
