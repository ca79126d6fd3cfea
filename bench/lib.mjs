// Bench helpers: a Chromium launch like test/e2e/harness.mjs's (plus a DevTools port so the
// service worker's heap can be sampled), statistics, and the bench-only bundles.
import { launch as launchExtension, routeSite } from '../test/e2e/harness.mjs';
import { readFile, mkdir, stat } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The bench builds into its own folder; the harness's launch() reads the same variable.
export const OUT_DIR = (process.env.TOUCHLINE_OUT_DIR ??= '.output-bench');
export const EXTENSION = resolve(ROOT, OUT_DIR, 'chrome-mv3');
export const TMP = join(ROOT, 'bench/.tmp');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Chromium with Touchline loaded (test/e2e/harness.mjs's launch) plus a DevTools port, so the
 * service worker's heap can be sampled. Default: every request goes through Playwright routing
 * (refused unless routed). With `direct` ({ hosts, port }), nothing is intercepted: the given
 * hosts resolve to a local HTTPS server (Playwright's routing costs a round trip to node per
 * request, which would swamp sub-ms figures), every other host fails to resolve, so still
 * nothing leaves the machine.
 */
export async function launch({ direct } = {}) {
  const hostRules = direct
    ? [
        `--host-resolver-rules=${direct.hosts.map((h) => `MAP ${h} 127.0.0.1:${direct.port}`).join(',')},MAP * ~NOTFOUND`,
        '--ignore-certificate-errors',
      ]
    : [];
  const ext = await launchExtension({ args: ['--remote-debugging-port=0', ...hostRules], refuseUnrouted: !direct });
  ext.port = null;
  for (let i = 0; i < 50 && ext.port === null; i++) {
    ext.port = await readFile(join(ext.userDir, 'DevToolsActivePort'), 'utf8')
      .then((t) => Number(t.split('\n')[0]))
      .catch(() => null);
    if (ext.port === null) await sleep(100);
  }
  return ext;
}

export { routeSite };

/**
 * A raw DevTools connection to the extension's service worker (Playwright offers CDP sessions
 * for pages only). Returns { send(method, params), close() } or null when unavailable.
 */
export async function workerCdp(ext) {
  if (!ext.port) return null;
  const targets = await fetch(`http://127.0.0.1:${ext.port}/json/list`).then((r) => r.json());
  const target = targets.find((t) => t.type === 'service_worker' && t.url.includes(ext.id));
  if (!target) return null;
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((res, rej) => {
    ws.onopen = res;
    ws.onerror = rej;
  });
  let next = 1;
  const pending = new Map();
  ws.onmessage = (e) => {
    const msg = JSON.parse(e.data);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  };
  return {
    send(method, params = {}) {
      const id = next++;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((res) => pending.set(id, res));
    },
    close: () => ws.close(),
  };
}

export function stats(values) {
  const v = [...values].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length };
}

/**
 * Bundles bench/entry.ts (the real parser and storage modules) as an IIFE exposing `TLB`, with
 * Vite's JS API into bench/.tmp/: it never ships, and the extension build is untouched.
 */
export async function buildBenchBundle() {
  const { build } = await import('vite');
  await mkdir(TMP, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: TMP,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, 'bench/entry.ts'), formats: ['iife'], name: 'TLB', fileName: () => 'bench.js' },
    },
  });
  return `${await readFile(join(TMP, 'bench.js'), 'utf8')}\n;globalThis.TLB = TLB;`;
}

/**
 * Per-module contribution to a content script: rebuilds its entry alone (minified, with a
 * source map) and attributes every minified byte to the source it maps to.
 */
export async function contentScriptModules(entry, name) {
  const { build } = await import('vite');
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const out = join(TMP, `analyze-${name}`);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MANIFEST_VERSION': '3' },
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'C', fileName: () => `${name}.js` },
    },
  });
  const code = await readFile(join(out, `${name}.js`), 'utf8');
  const map = new TraceMap(await readFile(join(out, `${name}.js.map`), 'utf8'));
  const bytes = new Map();
  const lines = code.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    for (let col = 0; col < line.length; col++) {
      const pos = originalPositionFor(map, { line: li + 1, column: col });
      const key = group(pos.source);
      bytes.set(key, (bytes.get(key) ?? 0) + 1);
    }
  }
  const total = Buffer.byteLength(code);
  return { total, gzip: gzipSync(code).length, modules: [...bytes.entries()].sort((a, b) => b[1] - a[1]) };
}

/** Groups a source path: a package name, or a project folder. */
function group(source) {
  if (!source) return '(unmapped: wrapper/glue)';
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === 'zod') return `zod (${rest.slice(1, 4).join('/')})`.replace(/\/[^/]*\.js\)$/, ')');
    return pkg;
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^.*?work\/main\//, '');
}

export async function fileSizes(path) {
  const buf = await readFile(path);
  return { bytes: (await stat(path)).size, gzip: gzipSync(buf).length };
}

export { sleep };

/** A local HTTPS server (self-signed, made with openssl into bench/.tmp) answering `handler(url)`. */
export async function localServer(handler) {
  const { createServer } = await import('node:https');
  const { execFileSync } = await import('node:child_process');
  await mkdir(TMP, { recursive: true });
  const key = join(TMP, 'key.pem');
  const cert = join(TMP, 'cert.pem');
  if (!(await stat(cert).catch(() => null)))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '30',
        '-subj',
        '/CN=x.com',
      ],
      { stdio: 'ignore' },
    );
  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, (req, res) => {
    const r = handler(new URL(req.url, `https://${req.headers.host}`));
    if (!r) {
      res.writeHead(404).end('not routed in the bench');
      return;
    }
    res.writeHead(r.status ?? 200, { 'content-type': r.contentType ?? 'text/html', 'cache-control': 'no-store' });
    res.end(r.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}
