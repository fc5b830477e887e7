// Lint, including the layering rules that keep shared/ pure and the processes apart.
// Model: VS Code's code-layering rule, done here with no-restricted-imports per folder.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer must not use Node built-ins.' }));
const noElectron = [{ name: 'electron', message: 'Only main/ may import electron.' }];
const noStorageLibs = ['conf', 'electron-store'].map((name) => ({ name, message: 'Storage belongs to main/.' }));

/** Builds a no-restricted-imports rule for one layer. */
const layer = (paths, patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});
const forbid = (group, message) => ({ group, message });

export const layerRules = {
  shared: layer(
    [...noNode, ...noElectron, ...noStorageLibs, { name: 'react', message: 'shared/ is pure TypeScript.' }],
    [
      forbid(['**/main/**', '**/renderer/**'], 'shared/ imports nothing from main/ or renderer/.'),
      forbid(['react-dom', 'react-dom/*'], 'shared/ is pure TypeScript.'),
    ],
  ),
  renderer: layer(
    [...noNode, ...noElectron, ...noStorageLibs],
    [forbid(['**/main/**'], 'renderer/ talks to main only through window.limber.')],
  ),
  main: layer([], [forbid(['**/renderer/**'], 'main/ imports nothing from renderer/.')]),
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-restricted-globals': ['error', 'event'],
    },
  },
  { files: ['shared/**/*.ts'], languageOptions: { globals: {} }, rules: layerRules.shared },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...layerRules.renderer, 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['main/**/*.ts'], languageOptions: { globals: globals.node }, rules: layerRules.main },
  {
    // The preload runs in the sandboxed renderer: electron's renderer modules only, no Node.
    files: ['main/preload/**/*.ts'],
    rules: layer(noNode, [forbid(['**/renderer/**'], 'The preload must not import the renderer.')]),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Fixtures that break the layering on purpose; tests/unit/layering.test.ts lints them explicitly.
  { ignores: ['tests/fixtures/layering/**', 'tests/fixtures/security/**'] },
);
