// The optional daily check-in: a reminder at a chosen local time to log how the day went.
export interface CheckInPrefs {
  enabled: boolean;
  /** Local time, HH:MM (24-hour). */
  time: string;
}

export const defaultCheckIn: CheckInPrefs = { enabled: false, time: '17:30' };
export const checkInTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Milliseconds from `now` to the next `time` on the computer's local clock (later today or tomorrow). */
export function msUntilCheckIn(now: Date, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const next = new Date(now);
  next.setHours(h, m, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
