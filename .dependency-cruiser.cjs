// The architecture as checks (issue #11; docs/architecture.md): which folder may import which.
// `npm test` runs `depcruise` over the tree with these rules; test/boundaries.test.ts proves each
// rule fires on a probe file. Globals (document, Date.now(), timers…) are ESLint's part of the
// same rules (eslint.config.js), since imports cannot show them.
const SHELL = '^(storage|messaging|entrypoints|components|content|bridge|demo|scripts|test|bench)/';
const FRAMEWORKS = 'node_modules/(wxt|dexie|dexie-react-hooks|react|react-dom|webextension-polyfill)/';
const TESTS = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-is-the-ground-floor',
      comment: 'model/ holds the shapes everyone imports; it imports nothing of ours but model/, and only zod.',
      severity: 'error',
      from: { path: '^model/', pathNot: TESTS },
      to: { pathNot: ['^model/', '^node_modules/zod/'] },
    },
    {
      name: 'core-is-pure',
      comment:
        'capture/, cadence/, roster/, lists/, triage/, people/ are pure: no storage, messaging, UI, browser or framework code, no node built-ins.',
      severity: 'error',
      from: { path: '^(capture|cadence|roster|lists|triage|people)/', pathNot: TESTS },
      to: { path: [SHELL, FRAMEWORKS] },
    },
    {
      name: 'core-uses-no-node-built-ins',
      severity: 'error',
      from: { path: '^(model|capture|cadence|roster|lists|triage|people)/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'triage-imports-model-only',
      comment:
        'triage/ rules read a stored lead, never a page or a cadence: they stay recomputable from the model alone (issue #14).',
      severity: 'error',
      from: { path: '^triage/', pathNot: TESTS },
      to: { pathNot: ['^triage/', '^model/', '^node_modules/zod/'] },
    },
    {
      name: 'people-imports-model-and-cadence-only',
      comment:
        'people/ links leads into persons from what is stored: the model and the cadence rules, nothing else (issue #15).',
      severity: 'error',
      from: { path: '^people/', pathNot: TESTS },
      to: { pathNot: ['^people/', '^model/', '^cadence/'] },
    },
    {
      name: 'messaging-imports-no-storage',
      comment: 'The message table and dispatch are a protocol; storage implements handlers, not the other way.',
      severity: 'error',
      from: { path: '^messaging/', pathNot: TESTS },
      to: { path: '^(storage|entrypoints|components|content)/' },
    },
    {
      name: 'storage-has-no-ui-and-no-browser-api',
      comment: 'storage/ is Dexie over the model: no React, no extension APIs, no entrypoint code.',
      severity: 'error',
      from: { path: '^storage/', pathNot: TESTS },
      to: {
        path: [
          '^(components|entrypoints|content|bridge)/',
          'node_modules/(react|react-dom|webextension-polyfill|wxt)/',
        ],
      },
    },
    {
      name: 'components-are-presentational',
      comment: 'components/: props in, JSX out. No storage, no background API, no browser API.',
      severity: 'error',
      from: { path: '^components/', pathNot: TESTS },
      to: {
        path: [
          '^(storage|messaging|entrypoints|content|bridge)/',
          'node_modules/(dexie|dexie-react-hooks|webextension-polyfill|wxt)/',
        ],
      },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or around a loop.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|\\.tools|\\.vitest|bench/\\.tmp)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
