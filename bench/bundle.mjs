// 8. Bundle sizes: the built content scripts, and a per-module attribution of their bytes; the
// scripts each extension page loads before it can render. No browser.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, EXTENSION, TMP } from './lib.mjs';
import { details, figure, fmt } from './figures.mjs';

/** Every script the manifest injects into a page, by its path in the build. */
async function injected() {
  const manifest = JSON.parse(await readFile(join(EXTENSION, 'manifest.json'), 'utf8'));
  return [...new Set(manifest.content_scripts.flatMap((c) => c.js))].sort();
}

export async function benchBundle() {
  const files = await injected();
  details.bundle = { files: {}, modules: {} };
  for (const f of files) {
    const s = await fileSizes(join(EXTENSION, f));
    details.bundle.files[f] = s;
    const main = f.includes('-hook');
    const limit = main ? 10 : 40;
    figure({
      id: `bundle.${f}`,
      figure: `Bundle: ${f} (${main ? 'MAIN world' : 'isolated'})`,
      unit: 'KB',
      samples: [s.bytes / 1000],
      limit,
      budget: `≤ ${limit} KB min`,
      note: `gzip ${fmt(s.gzip / 1000, 1)} KB`,
    });
  }
  await workerScripts();
  for (const page of ['popup', 'dashboard']) await pageScripts(page);
  // Which module each byte comes from: two more builds and a source-map walk (about 20 s), asked
  // for when a content script nears its budget.
  if (!process.env.BENCH_MODULES) return;
  for (const [entry, name] of [
    ['entrypoints/x-capture/index.ts', 'x'],
    ['entrypoints/linkedin-capture/index.ts', 'linkedin'],
  ]) {
    const m = await contentScriptModules(entry, name);
    const byPkg = new Map();
    for (const [k, v] of m.modules) {
      const pkg = k.startsWith('zod') ? 'zod' : k;
      byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + v);
    }
    details.bundle.modules[name] = {
      rebuiltBytes: m.total,
      rebuiltGzip: m.gzip,
      byGroup: Object.fromEntries([...byPkg.entries()].sort((a, b) => b[1] - a[1])),
      detail: Object.fromEntries(m.modules),
    };
  }
}

/** Web-accessible scripts (the parse worker, content/off-thread.ts): loaded off the page's thread when a response needs reading; reported. */
async function workerScripts() {
  const manifest = JSON.parse(await readFile(join(EXTENSION, 'manifest.json'), 'utf8'));
  const files = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.js'));
  for (const f of files) {
    const s = await fileSizes(join(EXTENSION, f));
    details.bundle.files[f] = s;
    figure({
      id: `bundle.${f}`,
      figure: `Bundle: ${f} (parse worker, loaded on the first response to read)`,
      unit: 'KB',
      samples: [s.bytes / 1000],
      note: `gzip ${fmt(s.gzip / 1000, 1)} KB; reported`,
    });
  }
}

/** An extension page's first load: its module script and every chunk that imports statically (reported). */
async function pageScripts(page) {
  const html = await readFile(join(EXTENSION, `${page}.html`), 'utf8');
  const direct = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = await Promise.all(direct.map((f) => fileSizes(join(EXTENSION, f))));
  const bytes = sizes.reduce((a, s) => a + s.bytes, 0);
  const gzip = sizes.reduce((a, s) => a + s.gzip, 0);
  details.bundle.pages ??= {};
  details.bundle.pages[page] = Object.fromEntries(direct.map((f, i) => [f, sizes[i]]));
  figure({
    id: `bundle.page.${page}`,
    figure: `Bundle: ${page}.html, scripts loaded before first render`,
    unit: 'KB',
    samples: [bytes / 1000],
    note: `${direct.join(', ')}; gzip ${fmt(gzip / 1000, 1)} KB; reported`,
  });
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
