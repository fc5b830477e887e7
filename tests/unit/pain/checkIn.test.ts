import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { msUntilCheckIn } from '../../../shared/pain/checkIn.ts';
import { CheckInService, checkInDocumentSpec } from '../../../main/pain/checkInService.ts';
import { openDocumentFile } from '../../../main/storage/documentFile.ts';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { loadVersionedDocument } from '../../../main/storage/versionedDocument.ts';
import { makeClock, makeTempDir, startTestApp } from '../../support/testServices.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('daily check-in reminder', () => {
  it('waits until the chosen local time, later today or tomorrow', () => {
    const now = new Date(2026, 10, 23, 9, 0, 0);
    expect(msUntilCheckIn(now, '17:30')).toBe(8.5 * 3_600_000);
    expect(msUntilCheckIn(now, '09:00')).toBe(24 * 3_600_000);
    expect(msUntilCheckIn(now, '08:00')).toBe(23 * 3_600_000);
  });

  it('is off by default, reminds once a day when on, and stops when turned off', () => {
    const dir = makeTempDir('limber-checkin-');
    dirs.push(dir);
    const clock = makeClock(new Date(2026, 10, 23, 9, 0, 0));
    const reminders: Date[] = [];
    const open = () =>
      new CheckInService(
        loadVersionedDocument(openDocumentFile(confFactoryFor(dir), 'checkin-reminder'), checkInDocumentSpec, () => {}, () => 'x'),
        clock.timers,
        clock.now,
        () => reminders.push(clock.now()),
      );
    const service = open();
    expect(service.get().enabled).toBe(false);
    clock.advance(48 * 3_600_000);
    expect(reminders).toEqual([]);
    service.set({ enabled: true, time: '18:00' });
    clock.advance(3 * 24 * 3_600_000);
    expect(reminders.map((d) => [d.getDate(), d.getHours(), d.getMinutes()])).toEqual([
      [25, 18, 0],
      [26, 18, 0],
      [27, 18, 0],
    ]);
    service.set({ enabled: false, time: '18:00' });
    clock.advance(3 * 24 * 3_600_000);
    expect(reminders).toHaveLength(3);
    service.set({ enabled: true, time: '07:15' });
    service.stop();
    // A relaunch reads the saved choice and arms again.
    const again = open();
    expect(again.get()).toEqual({ enabled: true, time: '07:15' });
    clock.advance(24 * 3_600_000);
    expect(reminders).toHaveLength(4);
    again.stop();
  });

  it('rejects a time that is not HH:MM through IPC and keeps the old choice', async () => {
    const dir = makeTempDir('limber-checkin-');
    dirs.push(dir);
    const app = startTestApp(dir, makeClock());
    const bad = await app.dispatch('pain:setCheckIn', { enabled: true, time: '25:00' });
    expect(bad.ok).toBe(false);
    const extra = await app.dispatch('pain:setCheckIn', { enabled: true, time: '18:00', every: 'hour' });
    expect(extra.ok).toBe(false);
    expect(app.services.checkIn.get()).toEqual({ enabled: false, time: '17:30' });
    app.services.checkIn.stop();
  });
});
