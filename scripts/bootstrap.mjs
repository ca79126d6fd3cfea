// `npm test`, `npm run demo` and `npm run open` start here: on a fresh machine this provisions what
// is missing, then runs the given script under node ≥ 22.12 with CHROMIUM set.
//   1. node: an older one installs node 22 from the npm registry (the `node-<os>-<arch>` package,
//      whose binary ships inside it) into .tools/, and this same command re-runs under it;
//   2. node_modules missing or older than package-lock.json: `npm ci`;
//   3. Chromium (and with --firefox, Firefox): CHROMIUM / FIREFOX or one on PATH; on Debian as
//      root, Debian's `chromium` (and `firefox-esr`) is installed.
// Written for old nodes too (it must run before node 22 exists): no syntax newer than node 16.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NEED = [22, 12];
const NODE_PACKAGE = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const NODE_HOME = join(ROOT, '.tools', 'node-22');
const NODE_BIN = join(NODE_HOME, 'node_modules', NODE_PACKAGE, 'bin');
const STAMP = join(ROOT, 'node_modules', '.touchline-lock');

const firefox = process.argv[2] === '--firefox';
const [script, ...args] = process.argv.slice(firefox ? 3 : 2);
if (!script) fail('usage: node scripts/bootstrap.mjs [--firefox] <script.mjs> [args…]');

function fail(message) {
  console.error(`touchline: ${message}`);
  process.exit(1);
}

function run(cmd, argv, options) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', cwd: ROOT, ...options });
  if (r.error) fail(`${cmd} could not start (${r.error.message}); is it installed and on PATH?`);
  return r.status ?? 1;
}

const recentEnough = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEED[0] || (major === NEED[0] && minor >= NEED[1]);
};

// 1. node ≥ 22.12, else a project-local node 22 and a re-run under it.
if (!recentEnough(process.versions.node)) {
  const node = join(NODE_BIN, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(node)) {
    console.log(
      `touchline: node ${process.versions.node} is older than ${NEED.join('.')}; installing ${NODE_PACKAGE}@22 into .tools/`,
    );
    const status = run('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      NODE_HOME,
      `${NODE_PACKAGE}@22`,
    ]);
    if (status !== 0 || !existsSync(node))
      fail(
        `could not install ${NODE_PACKAGE}@22 from the npm registry; install node ≥ ${NEED.join('.')} yourself and re-run.`,
      );
  }
  const env = Object.assign({}, process.env, { PATH: NODE_BIN + delimiter + (process.env.PATH || '') });
  process.exit(run(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { env }));
}

// 2. node_modules as package-lock.json says.
const lockHash = createHash('sha256')
  .update(readFileSync(join(ROOT, 'package-lock.json')))
  .update(process.versions.node.split('.')[0])
  .digest('hex');
const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
if (installed !== lockHash) {
  console.log('touchline: node_modules is missing or older than package-lock.json; running npm ci');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0)
    fail('npm ci failed (see above); check that the npm registry is reachable and re-run.');
  writeFileSync(STAMP, lockHash + '\n');
}

// 3. The browsers: Chromium for the E2E suite, the demo and `npm run open`; Firefox too for
//    `npm test` (`--firefox`: its smoke suite). Each from its variable or PATH, else, on Debian as
//    root, Debian's own package.
const { findBrowser } = await import('./browsers.mjs');
const debianRoot = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version');
let aptUpdated = false;
function provide(kind, variable, pkg, what) {
  if (process.env[variable] && !existsSync(process.env[variable]))
    fail(`${variable}=${process.env[variable]} does not exist; point it at a ${what} binary, or unset it.`);
  let found = findBrowser(kind);
  if (!found && debianRoot) {
    console.log(`touchline: no ${what} found; installing Debian's ${pkg} package`);
    const env = Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' });
    if (!aptUpdated && run('apt-get', ['update', '-qq'], { env }) !== 0)
      fail(`apt-get update failed (see above); install ${pkg} by hand or set ${variable}=/path/to/${kind}.`);
    aptUpdated = true;
    if (run('apt-get', ['install', '-y', '-qq', pkg], { env }) !== 0)
      fail(`apt-get install ${pkg} failed (see above); install it by hand or set ${variable}=/path/to/${kind}.`);
    found = findBrowser(kind);
  }
  if (!found)
    fail(
      `no ${what} found: install the ${pkg} package (Debian: apt-get install ${pkg}) or set ${variable}=/path/to/${kind}.`,
    );
  return found;
}
const env = Object.assign({}, process.env, { CHROMIUM: provide('chromium', 'CHROMIUM', 'chromium', 'Chromium') });
if (firefox) env.FIREFOX = provide('firefox', 'FIREFOX', 'firefox-esr', 'Firefox');
process.exit(run(process.execPath, [join(ROOT, script), ...args], { env }));
