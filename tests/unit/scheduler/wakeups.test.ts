// The benchmark's counts are deterministic (fake clock), so the targets are checked here too.
import { describe, expect, it } from 'vitest';
import { naturalBreakLagMs, wakeupsPerHour } from '../../bench/benchmarks/scheduler.ts';

describe('scheduler wake-ups', () => {
  it('wakes at least 20 times less often than a 1 Hz tick during continuous activity', () => {
    const perHour = wakeupsPerHour();
    expect(perHour).toBeGreaterThan(0);
    expect(3600 / perHour).toBeGreaterThanOrEqual(20);
  });

  it('records a natural break within a second of idle reaching its length', () => {
    expect(naturalBreakLagMs(50)).toBeLessThanOrEqual(1000);
  });
});
