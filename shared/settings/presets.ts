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
    evidence: 'In a trial with 268 office workers, simple prompted breaks helped recovery even without exercises.',
    source: 'Scand J Work Environ Health, sjweh.fi/article/712',
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
    evidence: 'NIOSH field studies: extra short breaks lowered discomfort and eye strain without lowering output.',
    source: 'NIOSH, cdc.gov/niosh/nioshtic-2/20020675.html',
    breaks: {
      micro: { enabled: true, intervalMin: 15, durationSec: 30 },
      stretch: { enabled: true, intervalMin: 45, durationMin: 5 },
    },
  },
};
