// `npm test` step, after the Firefox build: Mozilla's own linter (`web-ext lint`, the
// addons-linter addons.mozilla.org runs) reports no error and no warning of ours. The one warning
// allowed is React's own `innerHTML` (react-dom sets it for <script> hoisting and for the
// `dangerouslySetInnerHTML` prop, which Touchline never uses; README "Firefox"): allowed only
// while no source file of ours writes HTML, which this also checks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = process.argv[2] ?? '.output/firefox-mv3';
const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'ignore'],
});
const report = JSON.parse(out.slice(out.indexOf('{')));

const WRITES_HTML = /\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML/;
const ours = execFileSync('git', ['ls-files', '-z', '*.ts', '*.tsx'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !/\.test\.tsx?$|^test\//.test(f))
  .filter((f) => WRITES_HTML.test(readFileSync(f, 'utf8')));

const reactsInnerHtml = (w) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message) && ours.length === 0;
const problems = [
  ...report.errors.map((e) => `error ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`),
  ...report.warnings
    .filter((w) => !reactsInnerHtml(w))
    .map((w) => `warning ${w.code} ${w.file ?? ''}:${w.line ?? ''} ${w.message}`),
  ...ours.map((f) => `${f} writes HTML: then the innerHTML warnings may be ours too`),
];
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const allowed = report.warnings.length;
console.log(`web-ext lint: 0 errors, 0 warnings of ours (${allowed} from react-dom's innerHTML, allowed).`);
