// The daily check-in reminder (off by default): stored on its own, armed on one timer, re-armed daily.
import { z } from 'zod';
import { checkInTimePattern, defaultCheckIn, msUntilCheckIn, type CheckInPrefs } from '../../shared/pain/checkIn.ts';
import type { TimerApi } from '../breaks/timers.ts';
import type { DocumentSpec, VersionedDocument } from '../storage/versionedDocument.ts';

export const CheckInSchema = z.strictObject({ enabled: z.boolean(), time: z.string().regex(checkInTimePattern, 'Use a time such as 17:30') });

export const checkInDocumentSpec: DocumentSpec<CheckInPrefs> = {
  version: 1,
  parse(data) {
    const r = CheckInSchema.safeParse(data);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => ({ ...defaultCheckIn }),
};

export class CheckInService {
  readonly #doc: VersionedDocument<CheckInPrefs>;
  readonly #timers: TimerApi;
  readonly #now: () => Date;
  readonly #remind: () => void;
  #handle: unknown;

  constructor(doc: VersionedDocument<CheckInPrefs>, timers: TimerApi, now: () => Date, remind: () => void) {
    this.#doc = doc;
    this.#timers = timers;
    this.#now = now;
    this.#remind = remind;
    this.#arm();
  }

  get(): CheckInPrefs {
    return this.#doc.value;
  }

  set(prefs: CheckInPrefs): CheckInPrefs {
    this.#doc.replace(prefs);
    this.#arm();
    return prefs;
  }

  stop(): void {
    if (this.#handle !== undefined) this.#timers.clearTimeout(this.#handle);
    this.#handle = undefined;
  }

  #arm() {
    this.stop();
    const { enabled, time } = this.#doc.value;
    if (!enabled) return;
    this.#handle = this.#timers.setTimeout(() => {
      this.#handle = undefined;
      this.#remind();
      this.#arm();
    }, msUntilCheckIn(this.#now(), time));
  }
}
