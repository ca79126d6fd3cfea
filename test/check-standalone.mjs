// `npm test` step: the repository stands alone. A clone anywhere else has no `../shared` folder and
// none of this machine's paths, so no tracked file may refer to them; and the real captures under
// test/fixtures/real/ are still the bytes their SOURCES.md describes (SHA256SUMS beside them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SELF = 'test/check-standalone.mjs';
const BINARY = /\.(png|jpe?g|gif|ico|zip|woff2?)$/i;
// A folder beside the checkout, or a home/work folder of one particular machine.
const OUTSIDE = [
  { what: 'a folder outside the repository', re: /\.\.\/shared\b/ },
  { what: 'an absolute path of a machine', re: /(?<![\w.:/-])\/(?:work|home\/[\w.-]+|Users\/[\w.-]+|root)\/[\w.-]/ },
];

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && f !== SELF && f !== 'package-lock.json' && !BINARY.test(f));

const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    for (const { what, re } of OUTSIDE)
      if (re.test(line)) problems.push(`${file}:${i + 1}: refers to ${what}: ${line.trim().slice(0, 120)}`);
  });
}

const REAL = 'test/fixtures/real';
for (const row of readFileSync(join(REAL, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean)) {
  const [sum, name] = row.split(/\s+/);
  const actual = createHash('sha256')
    .update(readFileSync(join(REAL, name)))
    .digest('hex');
  if (actual !== sum) problems.push(`${REAL}/${name}: changed; real captures are kept byte for byte (SOURCES.md)`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s): the repository must hold everything its tests and scripts use.`);
  process.exit(1);
}
console.log(`${files.length} tracked files refer to nothing outside the repository; real fixtures unchanged.`);
