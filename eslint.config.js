import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The architecture's other half (docs/architecture.md): which folder may import which is
// dependency-cruiser's (.dependency-cruiser.cjs); what code may touch without importing it (the
// DOM, the clock, timers, extension APIs) is these rules'. test/boundaries.test.ts probes both.
const worldly = [
  'browser',
  'chrome',
  'document',
  'window',
  'self',
  'globalThis',
  'location',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'performance',
  'setTimeout',
  'setInterval',
  'requestIdleCallback',
  'requestAnimationFrame',
];
const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

const pure = {
  // However it is spelled: `document`, `globalThis.document`, `self.location`, `performance.now()`.
  'no-restricted-globals': restrictGlobals(worldly, 'The core never touches the world: pass it in (STYLE.md).'),
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
    files: [
      'model/**/*.ts',
      'capture/**/*.ts',
      'cadence/**/*.ts',
      'roster/**/*.ts',
      'lists/**/*.ts',
      'triage/**/*.ts',
      'people/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: pure,
  },
  {
    files: ['storage/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': restrictGlobals(['browser', 'chrome'], 'storage/ uses no extension API.') },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.tsx', '**/*.test.ts'],
    rules: {
      'no-restricted-globals': restrictGlobals(
        ['browser', 'chrome', 'indexedDB', 'fetch'],
        'components/ are presentational: props in, JSX out.',
      ),
    },
  },
  {
    // Content scripts are glue: page knowledge (selectors, cookies) lives in capture/.
    files: ['entrypoints/*-capture/**/*.ts', 'entrypoints/*-bridge/**/*.ts', 'entrypoints/*.content/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(querySelector|querySelectorAll|getElementsByClassName)$/]',
          message: 'Selectors belong in capture/ (one route table per platform).',
        },
        {
          selector: "MemberExpression[object.name='document'][property.name='cookie']",
          message: 'Reading cookies is page knowledge: capture/ takes the cookie string as input.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
);
