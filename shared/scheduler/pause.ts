import type { Clock, Pause, PauseRequest, SchedulerConfig } from './types.ts';
import { tomorrowMorning } from './workingHours.ts';

export const pauseMinuteChoices = [30, 60, 120] as const;

export function pauseFrom(request: PauseRequest, config: SchedulerConfig, clock: Clock): Pause {
  switch (request.kind) {
    case 'minutes':
      return { untilMono: clock.mono + request.minutes * 60_000, untilWall: clock.wall + request.minutes * 60_000 };
    case 'tomorrow':
      return { untilWall: tomorrowMorning(config.workingHours, clock.wall, config.timeZone) };
    case 'untilResumed':
      return {};
  }
}
