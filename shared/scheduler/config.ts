import type { Settings } from '../settings/schema.ts';
import type { SchedulerConfig } from './types.ts';

const MIN = 60_000;

export function schedulerConfigFrom(settings: Settings, timeZone?: string): SchedulerConfig {
  const { micro, stretch } = settings.breaks;
  return {
    micro: { enabled: micro.enabled, intervalMs: micro.intervalMin * MIN, durationMs: micro.durationSec * 1000 },
    stretch: { enabled: stretch.enabled, intervalMs: stretch.intervalMin * MIN, durationMs: stretch.durationMin * MIN },
    idleThresholdMs: settings.idle.thresholdSec * 1000,
    postponeMs: settings.postpone.minutes * MIN,
    maxPostpones: settings.postpone.maxPerBreak,
    strict: settings.strictMode,
    warningMs: settings.warning.enabled ? settings.warning.secondsBefore * 1000 : 0,
    resumeGraceMs: settings.idle.resumeGraceMin * MIN,
    workingHours: settings.workingHours,
    ...(timeZone ? { timeZone } : {}),
  };
}
