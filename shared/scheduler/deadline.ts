// When main should next call the scheduler: one deadline, computed from the state.
import { dueIn, isPaused, isScheduling, restLength } from './scheduler.ts';
import type { Clock, SchedulerConfig, SchedulerState } from './types.ts';
import { nextWorkingHoursChange } from './workingHours.ts';

/** Wall-clock targets are re-checked at least this often, so a wall-clock jump is noticed. */
export const WALL_RECHECK_MS = 10 * 60_000;
/** While away, how often to look for the user's return (bounded by the idle threshold). */
export const AWAY_POLL_MAX_MS = 60_000;

export function nextDeadline(s: SchedulerState, config: SchedulerConfig, clock: Clock): number | null {
  if (s.asleep) return null; // resume is an event; nothing to do while asleep
  const at: number[] = [];
  const wallTarget = (wall: number) => clock.mono + Math.min(Math.max(0, wall - clock.wall), WALL_RECHECK_MS);
  if (s.activeBreak) {
    at.push(s.activeBreak.endsMono);
  } else if (s.locked) {
    // Record a natural break as soon as the lock has lasted as long as the break.
    const rested = restLength(s, clock);
    for (const k of ['micro', 'stretch'] as const) {
      if (config[k].enabled && !s.credited.includes(k) && rested < config[k].durationMs) at.push(clock.mono + config[k].durationMs - rested);
    }
  } else if (isPaused(s, clock)) {
    const p = s.pause!;
    if (p.untilMono !== undefined) at.push(p.untilMono);
    else if (p.untilWall !== undefined) at.push(wallTarget(p.untilWall));
  } else if (!isScheduling(s, config, clock)) {
    const change = nextWorkingHoursChange(config.workingHours, clock.wall, config.timeZone);
    if (change !== undefined) at.push(wallTarget(change));
  } else if (config.micro.enabled || config.stretch.enabled) {
    const change = nextWorkingHoursChange(config.workingHours, clock.wall, config.timeZone);
    if (change !== undefined) at.push(wallTarget(change));
    const idleNow = Math.max(0, clock.mono - s.lastInputMono);
    if (!s.away) {
      for (const k of ['micro', 'stretch'] as const) if (config[k].enabled) at.push(clock.mono + dueIn(s, config, k));
      const stretchIn = config.stretch.enabled ? dueIn(s, config, 'stretch') : Infinity;
      if (config.warningMs > 0 && !s.upcomingId && stretchIn > config.warningMs) at.push(clock.mono + stretchIn - config.warningMs);
    } else {
      at.push(clock.mono + Math.min(config.idleThresholdMs, AWAY_POLL_MAX_MS));
    }
    // Sample idle time when it could first reach the next threshold that matters.
    const thresholds = [config.idleThresholdMs];
    for (const k of ['micro', 'stretch'] as const) if (config[k].enabled && !s.credited.includes(k)) thresholds.push(config[k].durationMs);
    const next = Math.min(...thresholds.filter((t) => t > idleNow));
    if (Number.isFinite(next)) at.push(s.lastInputMono + next);
  }
  if (at.length === 0) return null;
  return Math.max(clock.mono + 1, Math.min(...at));
}
