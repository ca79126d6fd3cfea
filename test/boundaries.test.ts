// Each architecture rule fires on a probe file (issue #11): import rules through the same check
// `npm test` runs (test/check-architecture.mjs, dependency-cruiser), global-use rules through
// ESLint with the project's config. Probes are written into the folders for the run and removed.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, test } from 'vitest';

const PROBES: Record<string, { code: string; rule: string }> = {
  'model/__probe__.ts': {
    code: "import { db } from '@/storage/db';\nexport const p = db;",
    rule: 'model-is-the-ground-floor',
  },
  'cadence/__probe__.ts': { code: "import { db } from '../storage/db';\nexport const p = db;", rule: 'core-is-pure' },
  'capture/__probe__.ts': { code: "import { Dexie } from 'dexie';\nexport const p = Dexie;", rule: 'core-is-pure' },
  'lists/__probe__.ts': {
    code: "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;",
    rule: 'core-uses-no-node-built-ins',
  },
  'triage/__probe__.ts': {
    code: "import { cadenceStatus } from '@/cadence';\nexport const p = cadenceStatus;",
    rule: 'triage-imports-model-only',
  },
  'people/__probe__.ts': {
    code: "import { funnel } from '@/lists';\nexport const p = funnel;",
    rule: 'people-imports-model-and-cadence-only',
  },
  'messaging/__probe__.ts': {
    code: "import { db } from '@/storage/db';\nexport const p = db;",
    rule: 'messaging-imports-no-storage',
  },
  'storage/__probe__.ts': {
    code: "import browser from 'webextension-polyfill';\nexport const p = browser;",
    rule: 'storage-has-no-ui-and-no-browser-api',
  },
  'components/__probe__.tsx': {
    code: "import { call } from '@/entrypoints/shared/api';\nexport const p = call;",
    rule: 'components-are-presentational',
  },
  'storage/__probe_a__.ts': {
    code: "import { b } from './__probe_b__';\nexport const a = () => b;",
    rule: 'no-circular',
  },
  'storage/__probe_b__.ts': {
    code: "import { a } from './__probe_a__';\nexport const b = () => a;",
    rule: 'no-circular',
  },
  // capture/ already imports roster/ (list positions); roster/ importing capture/ closes a loop.
  'roster/__probe__.ts': {
    code: "import type { Observed } from '@/capture/types';\nexport type P = Observed;",
    rule: 'folder cycle',
  },
};

afterAll(() => {
  for (const path of Object.keys(PROBES)) rmSync(path, { force: true });
});

describe('import rules (dependency-cruiser, and the folder-cycle check)', () => {
  test('the tree as it is passes', () => {
    const r = spawnSync(process.execPath, ['test/check-architecture.mjs'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  test('every rule fires on its probe', () => {
    for (const [path, { code }] of Object.entries(PROBES)) writeFileSync(path, code + '\n');
    const r = spawnSync(process.execPath, ['test/check-architecture.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    for (const [path, { rule }] of Object.entries(PROBES)) {
      const line = r.stderr.split('\n').find((l) => l.startsWith(`${rule}: `) && l.includes(path));
      expect(line, `${rule} on ${path}\n${r.stderr}`).toBeDefined();
    }
  }, 60_000);
});

describe('global-use rules (ESLint)', () => {
  const eslint = new ESLint();
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  test.each([
    ['cadence/probe.ts', 'export const d = globalThis.document;', 'no-restricted-globals'],
    ['capture/probe.ts', 'export const l = self.location.href;', 'no-restricted-globals'],
    ['roster/probe.ts', 'export const t = performance.now();', 'no-restricted-globals'],
    ['lists/probe.ts', 'export const t = Date.now();', 'no-restricted-syntax'],
    ['model/probe.ts', 'export const t = new Date();', 'no-restricted-syntax'],
    ['triage/probe.ts', 'export const t = Date.now();', 'no-restricted-syntax'],
    ['triage/probe.ts', 'export const w = window.innerWidth;', 'no-restricted-globals'],
    ['cadence/probe.ts', 'setTimeout(() => undefined, 1);', 'no-restricted-globals'],
    ['people/probe.ts', 'export const t = new Date();', 'no-restricted-syntax'],
    ['components/probe.tsx', 'export const r = browser.runtime;', 'no-restricted-globals'],
    ['storage/probe.ts', 'export const s = chrome.storage;', 'no-restricted-globals'],
    ['entrypoints/x-capture/probe.ts', "export const e = document.querySelector('a');", 'no-restricted-syntax'],
    ['entrypoints/linkedin-capture/probe.ts', 'export const c = document.cookie;', 'no-restricted-syntax'],
  ])('%s: %s', async (filePath, code, rule) => {
    expect(await lint(filePath, code)).toContain(rule);
  });

  test('the same code is allowed where it belongs', async () => {
    expect(await lint('entrypoints/popup/probe.ts', 'export const t = Date.now();')).toEqual([]);
    expect(await lint('capture/probe.ts', 'export const f = (doc: Document) => doc.cookie;')).toEqual([]);
  });
});
