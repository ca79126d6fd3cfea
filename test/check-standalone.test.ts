// The stand-alone check fires: run it in a scratch repository holding one probe file at a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function checkWith(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'standalone-'));
  mkdirSync(join(dir, 'test/fixtures/real'), { recursive: true });
  copyFileSync(resolve('test/check-standalone.mjs'), join(dir, 'test/check-standalone.mjs'));
  writeFileSync(join(dir, 'test/fixtures/real/capture.json'), '{"a":1}\n');
  // sha256 of '{"a":1}\n', computed with sha256sum.
  writeFileSync(
    join(dir, 'test/fixtures/real/SHA256SUMS'),
    'e346432021b04179518d9614f3560ccd71354a4ee101ddcb893d6959a9d6301c  capture.json\n',
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return spawnSync(process.execPath, ['test/check-standalone.mjs'], { cwd: dir, encoding: 'utf8' });
}

test('a clean tree passes', () => {
  const r = checkWith({ 'a.ts': "const fixture = 'test/fixtures/real/x/Followers.json';\n" });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

// The probes are joined from parts, so that this file does not trip the check it tests.
const path = (...parts: string[]) => parts.join('/');
test.each([
  [
    'a sibling folder',
    `readFileSync('${path('..', 'shared', 'fixtures', 'x.json')}')`,
    'a folder outside the repository',
  ],
  ['a machine path', `const REAL = '${path('', 'work', 'shared', 'fixtures')}';`, 'an absolute path of a machine'],
  ['a home folder', `see ${path('', 'home', 'alice', 'notes.md')}`, 'an absolute path of a machine'],
  ['a macOS home', `open ${path('', 'Users', 'bob', 'x.json')}`, 'an absolute path of a machine'],
])('a file referring to %s fails, naming file and line', (_, line, what) => {
  const r = checkWith({ 'probe.ts': `// ok\n${line}\n` });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`probe.ts:2: refers to ${what}`);
});

test('system paths and URLs are not machine paths', () => {
  const r = checkWith({ 'a.md': 'Chromium is /usr/bin/chromium; see https://x.com/home/ and ./root/x\n' });
  expect(r.status).toBe(0);
});

test('an edited real capture fails', () => {
  const r = checkWith({ 'test/fixtures/real/capture.json': '{"a":2}\n' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('test/fixtures/real/capture.json: changed');
});
