// One JSON document on disk behind conf (electron-store in the app, plain Conf in tests).
// conf re-reads and re-parses the whole file on every get and rewrites it on every set, so a
// document is read once at start-up and afterwards only written: callers keep the model in memory.
import fs from 'node:fs';
import path from 'node:path';

/** The part of conf's API we rely on: the whole-store getter and setter and the file path. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Opens (or creates) the conf file called `name`. Throws what conf throws on an unreadable file. */
export type ConfFactory = (name: string) => ConfLike;

export interface DocumentFile {
  readonly name: string;
  readonly path: string;
  /** The whole document as stored, or undefined when the file does not exist yet. */
  read(): Record<string, unknown> | undefined;
  write(doc: Record<string, unknown>): void;
  /** Renames the file to `<name>.corrupt-<stamp>.json` and returns the new path. */
  moveAside(stamp: string): string | undefined;
}

export function openDocumentFile(factory: ConfFactory, name: string): DocumentFile {
  let conf: ConfLike | undefined;
  let filePath: string | undefined;
  const open = (): ConfLike => {
    conf ??= factory(name);
    filePath = conf.path;
    return conf;
  };
  return {
    name,
    get path() {
      // Known without opening conf, which throws on a damaged file.
      return filePath ?? guessPath(factory, name) ?? open().path;
    },
    read() {
      const c = open();
      if (!fs.existsSync(c.path)) return undefined;
      return c.store;
    },
    write(doc) {
      open().store = doc;
    },
    moveAside(stamp) {
      // conf throws from its constructor on a broken file, so the path may be known only by name.
      const target = filePath ?? guessPath(factory, name);
      conf = undefined;
      if (!target || !fs.existsSync(target)) return undefined;
      const aside = path.join(path.dirname(target), `${name}.corrupt-${stamp}.json`);
      fs.renameSync(target, aside);
      return aside;
    },
  };
}

/** conf keeps the file path private until construction succeeds; factories record it here. */
const knownPaths = new WeakMap<ConfFactory, (name: string) => string>();

export function registerPathResolver(factory: ConfFactory, resolve: (name: string) => string): ConfFactory {
  knownPaths.set(factory, resolve);
  return factory;
}

function guessPath(factory: ConfFactory, name: string): string | undefined {
  return knownPaths.get(factory)?.(name);
}
