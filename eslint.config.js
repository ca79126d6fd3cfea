import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The architecture as lint rules (STYLE.md): the core folders never touch the world.
const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['wxt', 'wxt/*', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'webextension-polyfill'],
          message: 'capture/ and cadence/ are pure: no framework, storage or browser APIs.',
        },
        {
          group: ['@/storage/*', '@/entrypoints/*', '@/components/*'],
          message: 'The core may not depend on the shell.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    'browser',
    'chrome',
    'document',
    'window',
    'location',
    'navigator',
    'localStorage',
    'fetch',
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'Pass `now` in; the core never reads the clock.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Pass `now` in; the core never reads the clock.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      '.vitest/**',
      '.ci/**',
      '.tools/**',
      'node_modules/**',
      'bench/.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['capture/**/*.ts', 'cadence/**/*.ts', 'roster/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureRestrictions,
  },
  {
    files: ['components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-react-hooks', 'webextension-polyfill', '@/storage/db'],
              message: 'components/ are presentational: props in, JSX out.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
);
