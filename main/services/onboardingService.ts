// First-run state: whether the welcome flow has been completed or skipped.
import { z } from 'zod';
import type { OnboardingStatus } from '../../shared/ipc/contracts/onboarding.ts';
import { schedulePresets, type PresetId } from '../../shared/settings/presets.ts';
import type { DocumentSpec, VersionedDocument } from '../storage/versionedDocument.ts';
import type { SettingsService } from './settingsService.ts';

const OnboardingDocSchema = z.object({ completedAt: z.iso.datetime().optional() });
type OnboardingDoc = z.infer<typeof OnboardingDocSchema>;

export const onboardingDocumentSpec: DocumentSpec<OnboardingDoc> = {
  version: 1,
  parse(data) {
    const r = OnboardingDocSchema.safeParse(data);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => ({}),
};

export class OnboardingService {
  readonly #doc: VersionedDocument<OnboardingDoc>;
  readonly #settings: SettingsService;
  readonly #now: () => Date;

  constructor(doc: VersionedDocument<OnboardingDoc>, settings: SettingsService, now: () => Date) {
    this.#doc = doc;
    this.#settings = settings;
    this.#now = now;
  }

  status(): OnboardingStatus {
    const { completedAt } = this.#doc.value;
    return completedAt ? { completed: true, completedAt } : { completed: false };
  }

  complete(choices: { preset: PresetId; workingHours: boolean; launchAtLogin: boolean }): OnboardingStatus {
    this.#settings.update({
      breaks: schedulePresets[choices.preset].breaks,
      workingHours: { enabled: choices.workingHours },
      system: { launchAtLogin: choices.launchAtLogin },
    });
    return this.skip();
  }

  skip(): OnboardingStatus {
    this.#doc.replace({ completedAt: this.#now().toISOString() });
    return this.status();
  }

  reset(): OnboardingStatus {
    this.#doc.replace({});
    return this.status();
  }
}
