// Builds conf instances for a data folder. The app passes electron-store's subclass; tests pass
// plain Conf with a temp folder. Both keep clearInvalidConfig off: we decide what happens to a bad
// file (set it aside and tell the user), conf would silently wipe it.
import path from 'node:path';
import Conf from 'conf';
import { registerPathResolver, type ConfFactory, type ConfLike } from './documentFile.ts';

type ConfClass = new (options: {
  cwd?: string;
  configName?: string;
  name?: string;
  clearInvalidConfig: boolean;
  accessPropertiesByDotNotation: boolean;
  projectName?: string;
  serialize?: (value: unknown) => string;
}) => ConfLike;

export function confFactoryFor(dir: string, ConfImpl: ConfClass = Conf as unknown as ConfClass): ConfFactory {
  const factory: ConfFactory = (name) =>
    new ConfImpl({
      cwd: dir,
      configName: name,
      name,
      projectName: 'limber',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      // Compact JSON: conf writes the whole file on every change, and indentation made appends to
      // the pain log about a third slower (painlog.appendMs in npm run bench).
      serialize: (value) => JSON.stringify(value),
    });
  return registerPathResolver(factory, (name) => path.join(dir, `${name}.json`));
}
