// Schema versions: every store file carries `schemaVersion`. Fixture files of every earlier version
// (tests/fixtures/stores/<store>/v<N>-*.json) must load through the store's own spec, be brought up to
// date, and keep the user's data. A file from a newer Limber is set aside, never half-read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakHistorySpec } from '../../../main/breaks/breakHistory.ts';
import { breakRuntimeSpec } from '../../../main/breaks/runtimeDocument.ts';
import { checkInDocumentSpec } from '../../../main/pain/checkInService.ts';
import { painLogOptions } from '../../../main/pain/painLog.ts';
import { checklistDocumentSpec } from '../../../main/services/checklistService.ts';
import { guideDocumentSpec } from '../../../main/services/guideService.ts';
import { onboardingDocumentSpec } from '../../../main/services/onboardingService.ts';
import { settingsDocumentSpec } from '../../../main/services/settingsService.ts';
import { confFactoryFor } from '../../../main/storage/confFactory.ts';
import { openDocumentFile } from '../../../main/storage/documentFile.ts';
import { loadVersionedDocument, type DocumentSpec, type RecoveryReport } from '../../../main/storage/versionedDocument.ts';
import { makeTempDir } from '../../support/testServices.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/stores');

/** Every versioned store and its spec; a store without fixtures fails the coverage test below. */
const partition = (spec: Omit<DocumentSpec<unknown[]>, 'defaults'>): DocumentSpec<unknown> => ({ ...spec, defaults: () => [] }) as DocumentSpec<unknown>;
const stores: Record<string, DocumentSpec<unknown>> = {
  settings: settingsDocumentSpec as DocumentSpec<unknown>,
  onboarding: onboardingDocumentSpec as DocumentSpec<unknown>,
  guide: guideDocumentSpec as DocumentSpec<unknown>,
  checklist: checklistDocumentSpec as DocumentSpec<unknown>,
  'checkin-reminder': checkInDocumentSpec as DocumentSpec<unknown>,
  'break-runtime': breakRuntimeSpec as DocumentSpec<unknown>,
  pain: partition(painLogOptions.spec as Omit<DocumentSpec<unknown[]>, 'defaults'>),
  breaks: partition(breakHistorySpec as Omit<DocumentSpec<unknown[]>, 'defaults'>),
};

function load(store: string, fixture: string) {
  const dir = makeTempDir('limber-migrate-');
  fs.copyFileSync(path.join(fixtures, store, fixture), path.join(dir, `${store}.json`));
  const reports: RecoveryReport[] = [];
  const doc = loadVersionedDocument(openDocumentFile(confFactoryFor(dir), store), stores[store]!, (r) => reports.push(r), () => 'STAMP');
  return { dir, doc, reports, onDisk: () => JSON.parse(fs.readFileSync(path.join(dir, `${store}.json`), 'utf8')) };
}

describe('store schema versions', () => {
  it('has fixtures for every store', () => {
    for (const store of Object.keys(stores)) expect(fs.readdirSync(path.join(fixtures, store)).filter((f) => /^v\d+-.*\.json$/.test(f)).length, store).toBeGreaterThan(0);
  });

  for (const store of fs.readdirSync(fixtures)) {
    for (const fixture of fs.readdirSync(path.join(fixtures, store)).filter((f) => f.endsWith('.json'))) {
      it(`${store}: ${fixture} loads and ends at the current version`, () => {
        const spec = stores[store];
        expect(spec, `no spec registered for ${store}`).toBeDefined();
        const { doc, reports, onDisk } = load(store, fixture);
        expect(reports).toEqual([]);
        expect(spec!.parse(doc.value).ok).toBe(true);
        const version = Number(/^v(\d+)/.exec(fixture)![1]);
        if (version < spec!.version) expect(onDisk().schemaVersion).toBe(spec!.version);
      });
    }
  }

  it('keeps the user’s values from a first-release settings file and fills what was added later', () => {
    const { doc } = load('settings', 'v1-first-release.json');
    const value = doc.value as typeof settingsDocumentSpec extends DocumentSpec<infer T> ? T : never;
    expect(value.breaks.micro.intervalMin).toBe(25);
    expect(value.workingHours.days.mon).toHaveLength(2);
    expect(value.appearance.theme).toBe('dark');
    expect(value.system).toEqual({ launchAtLogin: false, shortcuts: { breakNow: '', pauseResume: '', quickLog: '' } });
  });

  it('sets aside a file from a newer Limber instead of reading it', () => {
    const dir = makeTempDir('limber-migrate-');
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 99, data: {} }));
    const reports: RecoveryReport[] = [];
    loadVersionedDocument(openDocumentFile(confFactoryFor(dir), 'settings'), settingsDocumentSpec, (r) => reports.push(r), () => 'STAMP');
    expect(reports[0]!.reason).toContain('newer Limber (schema 99)');
    expect(fs.existsSync(path.join(dir, 'settings.corrupt-STAMP.json'))).toBe(true);
  });

  it('runs migrations step by step, backs up the old file first, and sets aside a file it cannot migrate', () => {
    const spec: DocumentSpec<{ name: string; tags: string[] }> = {
      version: 3,
      migrations: {
        1: (d) => ({ name: (d as { title: string }).title }),
        2: (d) => ({ ...(d as object), tags: [] }),
      },
      parse: (d) => (typeof (d as { name?: unknown }).name === 'string' ? { ok: true, value: d as { name: string; tags: string[] } } : { ok: false, message: 'no name' }),
      defaults: () => ({ name: 'default', tags: [] }),
    };
    const dir = makeTempDir('limber-migrate-');
    fs.writeFileSync(path.join(dir, 'things.json'), JSON.stringify({ schemaVersion: 1, data: { title: 'kept' } }));
    const doc = loadVersionedDocument(openDocumentFile(confFactoryFor(dir), 'things'), spec, () => {}, () => '2026-11-23T00-00-00Z');
    expect(doc.value).toEqual({ name: 'kept', tags: [] });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'things.json'), 'utf8'))).toEqual({ schemaVersion: 3, data: { name: 'kept', tags: [] } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'backups', 'things.2026-11-23T00-00-00Z.json'), 'utf8')).schemaVersion).toBe(1);

    fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ schemaVersion: 1, data: null }));
    const reports: RecoveryReport[] = [];
    const broken = loadVersionedDocument(openDocumentFile(confFactoryFor(dir), 'broken'), spec, (r) => reports.push(r), () => 'S');
    expect(broken.value).toEqual({ name: 'default', tags: [] });
    expect(reports[0]!.reason).toContain('migration from schema 1 failed');
  });
});
