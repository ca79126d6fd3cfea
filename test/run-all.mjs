// `npm test`: every check, in order, and one closing line `N passed, N failed` for the whole
// run (unit + E2E tests; typecheck, lint and build count as one check each).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'standalone', cmd: ['node', 'test/check-standalone.mjs'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'architecture', cmd: ['node', 'test/check-architecture.mjs'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
  {
    name: 'unit',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.vitest/results.json'],
    count: 'vitest',
  },
  { name: 'build', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build:firefox', cmd: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'] },
  { name: 'lint:firefox', cmd: ['node', 'test/check-firefox-lint.mjs', '.output/firefox-mv3'] },
  {
    name: 'e2e',
    cmd: ['node', '--test', '--test-concurrency=1', '--test-reporter=spec', ...e2eFiles()],
    count: 'node',
  },
  {
    name: 'e2e:firefox',
    cmd: ['node', '--test', '--test-concurrency=1', '--test-reporter=spec', 'test/firefox/smoke.test.mjs'],
    count: 'node',
  },
];

function e2eFiles() {
  const out = spawnSync('sh', ['-c', 'ls test/e2e/*.test.mjs'], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  if (step.count === 'vitest') rmSync('.vitest/results.json', { force: true });
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: step.count === 'node' ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (step.count === 'node') process.stdout.write(run.stdout ?? '');
  const counted = count(step, run);
  passed += counted.passed;
  failed += counted.failed;
  if (run.status !== 0) failures.push(step.name);
}

function count(step, run) {
  if (step.count === 'vitest') {
    try {
      const r = JSON.parse(readFileSync('.vitest/results.json', 'utf8'));
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests + (run.status !== 0 && r.numFailedTests === 0 ? 1 : 0),
      };
    } catch {
      return { passed: 0, failed: 1 };
    }
  }
  if (step.count === 'node') {
    const pass = Number(/^ℹ pass (\d+)/m.exec(run.stdout ?? '')?.[1] ?? 0);
    const fail = Number(/^ℹ fail (\d+)/m.exec(run.stdout ?? '')?.[1] ?? 0);
    return { passed: pass, failed: fail + (run.status !== 0 && fail === 0 ? 1 : 0) };
  }
  return run.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
