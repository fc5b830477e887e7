// The pain log: entries held in memory with an index by local day, written through to monthly
// partitions. Red flags and relief guidance are checked on every save; the weekly review is
// computed here so the renderer only receives one week's summary.
import type { BodyRegion } from '../../shared/body/regions.ts';
import { DomainError } from '../../shared/ipc/result.ts';
import { addDays, firstDayOfWeek, localDayOf, weekStartOf } from '../../shared/pain/localDay.ts';
import { looksLikeNewStrain } from '../../shared/pain/guidance.ts';
import { entryFlags, type RedFlag } from '../../shared/pain/redFlags.ts';
import type { BreakContext, PainDraft, PainEntry } from '../../shared/pain/vocabulary.ts';
import { weeklyReview, type WeeklyReview } from '../../shared/pain/weekly.ts';
import { painLimits } from '../../shared/pain/vocabulary.ts';
import type { PartitionedLog } from '../storage/partitionedLog.ts';
import { backupJson, parseBackup } from './backup.ts';
import { entriesCsv } from './csv.ts';
import { noFileDialogs, type FileDialogs } from './files.ts';
import { painLogOptions } from './painLog.ts';

/** Break adherence per local day; the break engine provides it (defaults to no data). */
export interface BreakCountsSource {
  dailyCounts(from: string, to: string): { date: string; taken: number; skipped: number; postponed: number; natural: number }[];
}
/** Checklist questions whose latest answer is "no"; the checklist provides it (defaults to none). */
export interface ChecklistNoSource {
  stillNo(): string[];
}

export interface SaveResult {
  entry: PainEntry;
  flags: RedFlag[];
  newStrain: boolean;
}

export interface PainServiceDeps {
  log: PartitionedLog<PainEntry>;
  now(): Date;
  newId(): string;
  breaks?: BreakCountsSource;
  checklist?: ChecklistNoSource;
  files?: FileDialogs;
  /** Prints the report view for a date range to PDF bytes (Electron's printToPDF). */
  printReport?(from: string, to: string): Promise<Uint8Array>;
  onChange?(count: number): void;
}

const noBreaks: BreakCountsSource = { dailyCounts: () => [] };
const noChecklist: ChecklistNoSource = { stillNo: () => [] };

export class PainService {
  readonly #log: PartitionedLog<PainEntry>;
  readonly #deps: PainServiceDeps;
  /** Entries by local day, each day's list in time order. */
  readonly #byDay = new Map<string, PainEntry[]>();
  /** Kept here: the log's all() re-sorts after back-dated entries, too slow to call per append. */
  #count = 0;
  /** Day keys, sorted; rebuilt only when a day gains its first entry or loses its last. */
  #sortedDays: string[] | undefined;

  constructor(deps: PainServiceDeps) {
    this.#deps = deps;
    this.#log = deps.log;
    for (const e of this.#log.all()) this.#index(e);
  }

  #index(e: PainEntry) {
    this.#count++;
    const day = localDayOf(e.at, e.offsetMin);
    const list = this.#byDay.get(day);
    if (!list) {
      this.#byDay.set(day, [e]);
      this.#sortedDays = undefined;
    } else {
      // Appends are usually the newest: insert from the end.
      let i = list.length;
      while (i > 0 && painLogOptions.compare(list[i - 1]!, e) > 0) i--;
      list.splice(i, 0, e);
    }
  }

  #unindex(e: PainEntry) {
    this.#count--;
    const day = localDayOf(e.at, e.offsetMin);
    const list = this.#byDay.get(day)?.filter((x) => x.id !== e.id) ?? [];
    if (list.length) this.#byDay.set(day, list);
    else {
      this.#byDay.delete(day);
      this.#sortedDays = undefined;
    }
  }

  entriesOn = (date: string): readonly PainEntry[] => this.#byDay.get(date) ?? [];

  count(): number {
    return this.#count;
  }

  /**
   * Regions with pain (intensity above 0) logged in the last seven days, most often first.
   * Stretch breaks prefer routines for these regions.
   */
  regionsThisWeek(): BodyRegion[] {
    const now = this.#deps.now().getTime();
    const since = now - 7 * 86_400_000;
    const today = new Date(now).toISOString().slice(0, 10);
    const counts = new Map<BodyRegion, number>();
    // Local days can sit a day either side of UTC days: look one day wider, then filter by time.
    for (let i = -1; i <= 8; i++) {
      for (const e of this.entriesOn(addDays(today, -i))) {
        const t = Date.parse(e.at);
        if (t < since || t > now || e.intensity === 0) continue;
        for (const r of e.regions) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([region]) => region);
  }

  #breakContext(day: string): BreakContext {
    const row = (this.#deps.breaks ?? noBreaks).dailyCounts(day, day)[0];
    return { taken: row?.taken ?? 0, skipped: row?.skipped ?? 0, postponed: row?.postponed ?? 0 };
  }

  #checkTime(draft: PainDraft) {
    if (Date.parse(draft.at) > this.#deps.now().getTime() + 5 * 60_000) {
      throw new DomainError('INVALID_INPUT', 'An entry cannot be in the future.', [{ path: 'at', message: 'Choose a time up to now' }]);
    }
  }

  #earlier(draft: PainDraft): PainEntry[] {
    const day = localDayOf(draft.at, draft.offsetMin);
    const out: PainEntry[] = [];
    for (let i = 1; i <= 7; i++) out.push(...this.entriesOn(addDays(day, -i)));
    return out;
  }

  #changed() {
    this.#deps.onChange?.(this.count());
  }

  add(draft: PainDraft): SaveResult {
    this.#checkTime(draft);
    const at = this.#deps.now().toISOString();
    const flags = entryFlags(draft);
    const entry: PainEntry = {
      ...draft,
      id: this.#deps.newId(),
      createdAt: at,
      updatedAt: at,
      breakContext: this.#breakContext(localDayOf(draft.at, draft.offsetMin)),
      flagsShown: flags.map((f) => f.id),
      acknowledgedAt: null,
    };
    const newStrain = flags.length === 0 && looksLikeNewStrain(draft, this.#earlier(draft));
    this.#log.append(entry);
    this.#index(entry);
    this.#changed();
    return { entry, flags, newStrain };
  }

  update(id: string, draft: PainDraft): SaveResult {
    const old = this.#require(id);
    this.#checkTime(draft);
    const flags = entryFlags(draft);
    const sameFlags = flags.every((f) => old.flagsShown.includes(f.id));
    const dayChanged = localDayOf(old.at, old.offsetMin) !== localDayOf(draft.at, draft.offsetMin);
    const entry: PainEntry = {
      ...old,
      ...draft,
      updatedAt: this.#deps.now().toISOString(),
      breakContext: dayChanged ? this.#breakContext(localDayOf(draft.at, draft.offsetMin)) : old.breakContext,
      flagsShown: [...new Set([...old.flagsShown, ...flags.map((f) => f.id)])],
      // A new warning needs a new acknowledgement.
      acknowledgedAt: sameFlags ? old.acknowledgedAt : null,
    };
    this.#log.update(entry);
    this.#unindex(old);
    this.#index(entry);
    this.#changed();
    return { entry, flags, newStrain: false };
  }

  delete(id: string): PainEntry {
    const old = this.#require(id);
    this.#log.remove(id);
    this.#unindex(old);
    this.#changed();
    return old;
  }

  restore(entry: PainEntry): PainEntry {
    if (this.#log.get(entry.id)) throw new DomainError('CONFLICT', 'That entry is already in your log.');
    this.#checkTime(entry);
    this.#log.append(entry);
    this.#index(entry);
    this.#changed();
    return entry;
  }

  acknowledge(id: string): PainEntry {
    const old = this.#require(id);
    if (old.flagsShown.length === 0) throw new DomainError('INVALID_INPUT', 'This entry showed no warning to acknowledge.');
    const entry = { ...old, acknowledgedAt: this.#deps.now().toISOString() };
    this.#log.update(entry);
    this.#unindex(old);
    this.#index(entry);
    return entry;
  }

  #require(id: string): PainEntry {
    const e = this.#log.get(id);
    if (!e) throw new DomainError('NOT_FOUND', 'That entry is no longer in your log.');
    return e;
  }

  /** The newest entries first, walking back day by day (no sort of the whole log per save). */
  recent(limit: number): PainEntry[] {
    this.#sortedDays ??= [...this.#byDay.keys()].sort();
    const out: PainEntry[] = [];
    for (let i = this.#sortedDays.length - 1; i >= 0 && out.length < limit; i--) {
      const day = this.#byDay.get(this.#sortedDays[i]!)!;
      for (let j = day.length - 1; j >= 0 && out.length < limit; j--) out.push(day[j]!);
    }
    return out;
  }

  range(from: string, to: string): PainEntry[] {
    if (from > to) throw new DomainError('INVALID_INPUT', 'The start date must not be after the end date.');
    const out: PainEntry[] = [];
    for (let d = from, n = 0; d <= to && n < 3700; d = addDays(d, 1), n++) out.push(...this.entriesOn(d));
    return out;
  }

  week(date: string, locale: string): WeeklyReview {
    const weekStart = weekStartOf(date, firstDayOfWeek(locale));
    const weekEnd = addDays(weekStart, 6);
    let breaks: ReturnType<BreakCountsSource['dailyCounts']> = [];
    try {
      breaks = (this.#deps.breaks ?? noBreaks).dailyCounts(weekStart, weekEnd);
    } catch {
      breaks = [];
    }
    return weeklyReview({ weekStart, entriesOn: this.entriesOn, breaks, checklistNo: (this.#deps.checklist ?? noChecklist).stillNo() });
  }

  #stamp() {
    return this.#deps.now().toISOString().slice(0, 10);
  }

  async exportCsv(range?: { from: string; to: string }) {
    const entries = range ? this.range(range.from, range.to) : this.#log.all();
    const path = await (this.#deps.files ?? noFileDialogs).save(`limber-pain-log-${this.#stamp()}.csv`, entriesCsv(entries));
    return { saved: path !== null, path, count: entries.length };
  }

  async exportJson() {
    const entries = this.#log.all();
    const path = await (this.#deps.files ?? noFileDialogs).save(`limber-pain-backup-${this.#stamp()}.json`, backupJson(entries, this.#deps.now().toISOString()));
    return { saved: path !== null, path, count: entries.length };
  }

  async exportPdf(from: string, to: string) {
    if (from > to) throw new DomainError('INVALID_INPUT', 'The start date must not be after the end date.');
    if (!this.#deps.printReport) throw new DomainError('INTERNAL', 'PDF reports need the desktop app.');
    const pdf = await this.#deps.printReport(from, to);
    const path = await (this.#deps.files ?? noFileDialogs).save(`limber-pain-report-${from}-to-${to}.pdf`, pdf);
    return { saved: path !== null, path, count: this.range(from, to).length };
  }

  /** Validates the chosen file as a whole, then merges: entries already here (same id) are skipped. */
  async importJson() {
    const file = await (this.#deps.files ?? noFileDialogs).open(painLimits.maxImportChars + 1);
    if (!file) return { imported: false, added: 0, skipped: 0 };
    return this.importText(file.content);
  }

  importText(text: string) {
    const entries = parseBackup(text);
    const fresh = entries.filter((e) => !this.#log.get(e.id));
    const limit = this.#deps.now().getTime() + 5 * 60_000;
    const future = fresh.find((e) => Date.parse(e.at) > limit);
    if (future) throw new DomainError('INVALID_INPUT', `This file cannot be imported: the entry ${future.id} is dated in the future. Nothing was changed.`);
    this.#log.appendMany(fresh);
    for (const e of fresh) this.#index(e);
    if (fresh.length) this.#changed();
    return { imported: true, added: fresh.length, skipped: entries.length - fresh.length };
  }
}
