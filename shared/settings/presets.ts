// Schedule presets offered on first run, each with its evidence in one line (content brief §1).
import type { Settings } from './schema.ts';

export const presetIds = ['gentle', 'standard', 'frequent'] as const;
export type PresetId = (typeof presetIds)[number];

export interface SchedulePreset {
  id: PresetId;
  name: string;
  summary: string;
  evidence: string;
  source: string;
  breaks: Settings['breaks'];
}

export const schedulePresets: Record<PresetId, SchedulePreset> = {
  gentle: {
    id: 'gentle',
    name: 'Gentle',
    summary: 'A 20-second posture check every 30 minutes and a 5-minute stretch every 90 minutes.',
    evidence:
      'Not tested as such. The nearest trial (van den Heuvel 2003, 268 computer workers with neck or arm complaints) prompted regular breaks but tested no particular schedule.',
    source: 'van den Heuvel et al. 2003, Scand J Work Environ Health, https://www.sjweh.fi/article/712',
    breaks: {
      micro: { enabled: true, intervalMin: 30, durationSec: 20 },
      stretch: { enabled: true, intervalMin: 90, durationMin: 5 },
    },
  },
  standard: {
    id: 'standard',
    name: 'Standard (recommended)',
    summary: 'A 30-second posture check every 20 minutes and a 5-minute stretch every hour.',
    evidence: '30-second breaks every 20 minutes reduced neck, back and wrist discomfort with no loss of output.',
    source: 'McLean et al. 2001, Applied Ergonomics 32:225; Ontario Ministry of Labour',
    breaks: {
      micro: { enabled: true, intervalMin: 20, durationSec: 30 },
      stretch: { enabled: true, intervalMin: 60, durationMin: 5 },
    },
  },
  frequent: {
    id: 'frequent',
    name: 'Frequent',
    summary: 'A 30-second posture check every 15 minutes and a 5-minute stretch every 45 minutes.',
    evidence:
      'Not tested as such. The nearest studies of more frequent breaks (Henning 1997; Balci & Aghazadeh 2003) used different schedules with mixed results.',
    source: 'Henning et al. 1997, Ergonomics 40:78; Balci & Aghazadeh 2003, Ergonomics 46:455',
    breaks: {
      micro: { enabled: true, intervalMin: 15, durationSec: 30 },
      stretch: { enabled: true, intervalMin: 45, durationMin: 5 },
    },
  },
};
