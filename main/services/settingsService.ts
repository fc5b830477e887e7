// Settings held in memory and written through. Main is the only writer; a change is validated
// as a whole before anything touches the disk, so a rejected value leaves the file byte-for-byte.
import { DomainError } from '../../shared/ipc/result.ts';
import {
  SETTINGS_SCHEMA_VERSION,
  SettingsSchema,
  defaultSettings,
  mergeSettings,
  type DeepPartial,
  type Settings,
} from '../../shared/settings/schema.ts';
import { zodIssues } from '../ipc/zodIssues.ts';
import type { DocumentSpec, VersionedDocument } from '../storage/versionedDocument.ts';

export const settingsDocumentSpec: DocumentSpec<Settings> = {
  version: SETTINGS_SCHEMA_VERSION,
  parse(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'settings must be an object' };
    // Fill keys added since the file was written, then validate the whole thing.
    const merged = mergeSettings(structuredClone(defaultSettings), (data ?? {}) as DeepPartial<Settings>);
    const result = SettingsSchema.safeParse(merged);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]?.message ?? 'invalid' };
  },
  defaults: () => structuredClone(defaultSettings),
};

export class SettingsService {
  readonly #doc: VersionedDocument<Settings>;
  readonly #listeners = new Set<(settings: Settings) => void>();

  constructor(doc: VersionedDocument<Settings>) {
    this.#doc = doc;
  }

  get(): Settings {
    return this.#doc.value;
  }

  update(patch: DeepPartial<Settings>): Settings {
    const merged = mergeSettings(this.#doc.value, patch);
    const result = SettingsSchema.safeParse(merged);
    if (!result.success) {
      const issues = zodIssues(result.error);
      throw new DomainError('INVALID_INPUT', issues[0]?.message ?? 'These settings are not valid', issues);
    }
    this.#doc.replace(result.data);
    this.#emit();
    return result.data;
  }

  reset(): Settings {
    this.#doc.replace(structuredClone(defaultSettings));
    this.#emit();
    return this.#doc.value;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#doc.value);
  }
}
