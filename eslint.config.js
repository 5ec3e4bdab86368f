import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layering as in VS Code's "Bad layering" rule: each folder may only import what its runtime
 * allows. Electron values are reachable from src-main/app and src-main/preload only.
 */
const electronInterdit = {
  name: 'electron',
  message: "Seuls src-main/app et src-main/preload importent 'electron' (le reste tourne sous Node seul).",
  allowTypeImports: true,
};

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-main/', 'release/', 'node_modules/', 'migrations/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronInterdit] }],
    },
  },
  {
    files: ['src-main/app/**', 'src-main/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\./)',
              message: 'Le contrat n’importe que zod (et ses propres fichiers) : le renderer le lit aussi.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronInterdit],
          patterns: [
            { regex: '^node:', message: 'Le renderer ne touche pas à Node : passez par le contrat.' },
            {
              regex: '^(fs|path|os|child_process|crypto|better-sqlite3|drizzle-orm.*)$',
              message: 'Le renderer ne touche pas à Node ni à la base : passez par le contrat.',
            },
            {
              regex: 'src-main/(?!contract)',
              message: 'Le renderer n’importe de src-main que le contrat.',
            },
          ],
        },
      ],
    },
  },
);
