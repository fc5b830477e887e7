// `npm start`: builds and runs Limber, or says in one sentence why it cannot.
import { spawnSync } from 'node:child_process';
import { locateElectron } from './electron-binary.mjs';

const electron = locateElectron();
if ('missing' in electron) {
  console.error(`Limber cannot start: ${electron.missing}.`);
  process.exit(1);
}
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' }).status ?? 1;
const built = run('npx', ['electron-vite', 'build']);
if (built !== 0) process.exit(built);
process.exit(run(electron.path, ['.', ...process.argv.slice(2)]));
