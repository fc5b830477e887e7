// A growing collection (pain entries, break history) split into one conf file per partition, for
// example `breaks-2026-11.json`. Everything is loaded once into memory; a change rewrites only the
// partition it touches, so ten years of data never get rewritten by one append.
import fs from 'node:fs';
import { openDocumentFile, type ConfFactory } from './documentFile.ts';
import { loadVersionedDocument, type DocumentSpec, type RecoveryReport, type VersionedDocument } from './versionedDocument.ts';

export interface PartitionedLogOptions<T extends { id: string }> {
  /** Folder holding the partition files (the same folder the factory writes to). */
  dir: string;
  factory: ConfFactory;
  /** File prefix: partitions are `<name>-<partition>.json`. */
  name: string;
  /** Partition key of an item, e.g. "2026-11". Letters, digits and dashes only. */
  partitionOf(item: T): string;
  /** Schema version and validation of one partition's items. */
  spec: Omit<DocumentSpec<T[]>, 'defaults'>;
  /** Sort order of all(): usually by time, then id. */
  compare(a: T, b: T): number;
  onRecovered(report: RecoveryReport): void;
  stamp(): string;
}

export interface PartitionedLog<T extends { id: string }> {
  /** Every item, sorted (do not mutate). Appends of newer items extend it in place; other changes replace it. */
  all(): readonly T[];
  get(id: string): T | undefined;
  /** Adds an item; throws if the id exists. Returns after the partition file is written. */
  append(item: T): void;
  /** Replaces the item with the same id (it may move to another partition). */
  update(item: T): void;
  remove(id: string): T | undefined;
  /** Adds many items at once, writing each touched partition once (imports). */
  appendMany(items: readonly T[]): void;
  /** Names of the partitions that exist, sorted. */
  partitions(): string[];
}

const partitionPattern = /^[0-9A-Za-z-]+$/;

export function openPartitionedLog<T extends { id: string }>(options: PartitionedLogOptions<T>): PartitionedLog<T> {
  const { dir, factory, name, partitionOf, compare } = options;
  const docs = new Map<string, VersionedDocument<T[]>>();
  const partitionById = new Map<string, string>();
  const byId = new Map<string, T>();
  let sorted: T[] | undefined;
  const spec: DocumentSpec<T[]> = { ...options.spec, defaults: () => [] };

  const open = (partition: string): VersionedDocument<T[]> => {
    if (!partitionPattern.test(partition)) throw new Error(`bad partition key "${partition}"`);
    let doc = docs.get(partition);
    if (!doc) {
      doc = loadVersionedDocument(openDocumentFile(factory, `${name}-${partition}`), spec, options.onRecovered, options.stamp);
      docs.set(partition, doc);
    }
    return doc;
  };

  // Load every partition once. A damaged partition is set aside on its own; the rest load normally.
  const filePattern = new RegExp(`^${name}-([0-9A-Za-z-]+)\\.json$`);
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const file of existing.sort()) {
    const match = filePattern.exec(file);
    if (!match || file.includes('.corrupt-')) continue;
    const partition = match[1]!;
    for (const item of open(partition).value) {
      if (byId.has(item.id)) continue; // a duplicate across partitions: keep the first, never crash
      byId.set(item.id, item);
      partitionById.set(item.id, partition);
    }
  }

  const write = (partition: string, items: T[]) => {
    open(partition).replace(items);
  };
  /** Keeps the sorted view for the common case, an item newer than every other; otherwise re-sorts lazily. */
  const addToSorted = (item: T) => {
    if (sorted && (sorted.length === 0 || compare(sorted[sorted.length - 1]!, item) <= 0)) sorted.push(item);
    else sorted = undefined;
  };

  const partitionItems = (partition: string) => open(partition).value;

  return {
    all() {
      sorted ??= [...byId.values()].sort(compare);
      return sorted;
    },
    get: (id) => byId.get(id),
    append(item) {
      if (byId.has(item.id)) throw new Error(`duplicate id ${item.id}`);
      const partition = partitionOf(item);
      write(partition, [...partitionItems(partition), item]);
      byId.set(item.id, item);
      partitionById.set(item.id, partition);
      addToSorted(item);
    },
    update(item) {
      const from = partitionById.get(item.id);
      if (from === undefined) throw new Error(`no item ${item.id}`);
      const to = partitionOf(item);
      if (from === to) {
        write(to, partitionItems(to).map((x) => (x.id === item.id ? item : x)));
      } else {
        write(to, [...partitionItems(to), item]);
        write(from, partitionItems(from).filter((x) => x.id !== item.id));
      }
      byId.set(item.id, item);
      partitionById.set(item.id, to);
      sorted = undefined;
    },
    remove(id) {
      const from = partitionById.get(id);
      const item = byId.get(id);
      if (from === undefined || item === undefined) return undefined;
      write(from, partitionItems(from).filter((x) => x.id !== id));
      byId.delete(id);
      partitionById.delete(id);
      sorted = undefined;
      return item;
    },
    appendMany(items) {
      const grouped = new Map<string, T[]>();
      for (const item of items) {
        if (byId.has(item.id)) throw new Error(`duplicate id ${item.id}`);
        const partition = partitionOf(item);
        grouped.set(partition, [...(grouped.get(partition) ?? []), item]);
      }
      for (const [partition, added] of grouped) {
        write(partition, [...partitionItems(partition), ...added]);
        for (const item of added) {
          byId.set(item.id, item);
          partitionById.set(item.id, partition);
          addToSorted(item);
        }
      }
    },
    partitions: () => [...docs.keys()].filter((p) => partitionItems(p).length > 0 || fs.existsSync(`${dir}/${name}-${p}.json`)).sort(),
  };
}
