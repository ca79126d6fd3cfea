// `npm run bench` (issue #7): performance figures of the built extension in headless Chromium,
// each the median of repeated runs (with min and max) next to a baseline measured in the same
// run. Writes bench/results.json and the table in docs/performance.md. Not part of `npm test`.
//
//   TOUCHLINE_OUT_DIR=.output-bench npx wxt build && node bench/run.mjs
//   BENCH_ONLY=hook,load,parse,ingest,triage,popup,backup,export,bundle   (a subset; default all)
//   BENCH_REPS=7   BENCH_MERGE=old-results.json   BENCH_WRITE_DOC=1   BENCH_MODULES=1
//
// One file per section (bench/hook.mjs … bench/bundle.mjs); bench/lib.mjs is the one launcher and
// the shared store helpers, bench/figures.mjs the run's figures, bench/report.mjs the writer.
import os from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT_DIR, EXTENSION, launch, chromiumVersion as versionOf, buildBenchBundle } from './lib.mjs';
import { REPS, started, log } from './figures.mjs';
import { report } from './report.mjs';
import { benchHook } from './hook.mjs';
import { benchPageLoad } from './page-load.mjs';
import { benchParse } from './parse.mjs';
import { benchIngest } from './ingest.mjs';
import { benchTriage } from './triage.mjs';
import { benchPopup } from './popup.mjs';
import { benchExport } from './export.mjs';
import { benchBackup } from './backup.mjs';
import { benchBundle } from './bundle.mjs';

const SECTIONS = ['hook', 'load', 'parse', 'ingest', 'triage', 'popup', 'backup', 'export', 'bundle'];
const ONLY = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(',')).split(','));

async function main() {
  log(`extension: ${EXTENSION}`);
  // The popup's baseline, a bare extension page: written into the bench's own build, never shipped.
  await writeFile(join(EXTENSION, 'bare.html'), '<!doctype html><meta charset="utf-8"><title>bare</title><p>bare</p>');
  const bundle = ['parse', 'ingest', 'triage', 'export'].some((s) => ONLY.has(s)) ? await buildBenchBundle() : null;
  const errors = {};
  const section = async (name, fn) => {
    if (!ONLY.has(name)) return;
    log(`— ${name}`);
    try {
      await fn();
    } catch (e) {
      errors[name] = String(e?.stack ?? e);
      log(`${name} failed: ${e?.message ?? e}`);
    }
  };
  // The hook and page-load sections launch their own browser (a local HTTPS server, no routing);
  // the next six share one; the bundle sizes need none.
  await section('hook', benchHook);
  await section('load', benchPageLoad);
  let ext;
  let chromiumVersion = null;
  const needsBrowser = ['parse', 'ingest', 'triage', 'popup', 'export', 'backup'].some((s) => ONLY.has(s));
  if (needsBrowser) {
    ext = await launch();
    chromiumVersion = await versionOf(ext);
  }
  try {
    await section('parse', () => benchParse(ext, bundle));
    await section('ingest', () => benchIngest(ext, bundle));
    await section('triage', () => benchTriage(ext, bundle));
    await section('popup', () => benchPopup(ext));
    // Backup before export: export reads the 100,000 leads the restore leaves.
    await section('backup', () => benchBackup(ext));
    await section('export', () => benchExport(ext, bundle));
  } finally {
    await ext?.close();
  }
  await section('bundle', benchBundle);

  const meta = {
    command: 'npm run bench',
    outDir: OUT_DIR,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    node: process.version,
    chromium: chromiumVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    reps: REPS,
    sections: [...ONLY],
  };
  await report({ meta, errors, order: SECTIONS, writeDocToo: ONLY.size === SECTIONS.length });
}

await main();
