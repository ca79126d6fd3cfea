// The report writer: bench/results.json, the table between the markers in docs/performance.md,
// and the table on the console. BENCH_MERGE=a.json,b.json keeps figures of earlier partial runs.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';
import { figures, details, fmt } from './figures.mjs';

/**
 * Writes the run out: merges BENCH_MERGE's earlier runs, sorts the figures by section (`order`),
 * writes bench/results.json, the doc when `writeDocToo` (or BENCH_MERGE / BENCH_WRITE_DOC), and
 * prints the table and the sections that failed (then the exit code is 1).
 */
export async function report({ meta, errors, order, writeDocToo }) {
  // BENCH_MERGE=a.json,b.json: keep figures of earlier partial runs that this run did not measure.
  for (const file of (process.env.BENCH_MERGE ?? '').split(',').filter(Boolean)) {
    const old = JSON.parse(await readFile(file, 'utf8'));
    const have = new Set(figures.map((f) => f.id));
    for (const f of old.figures)
      if (!have.has(f.id))
        figures.push({ ...f, note: [f.note, `from the run of ${old.meta.finishedAt}`].filter(Boolean).join('; ') });
    for (const [k, v] of Object.entries(old.details ?? {})) details[k] ??= v;
    meta.mergedFrom = [...(meta.mergedFrom ?? []), old.meta.finishedAt];
  }
  figures.sort((a, b) => order.indexOf(a.id.split('.')[0]) - order.indexOf(b.id.split('.')[0]));
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ meta, figures, details, errors }, null, 2)}\n`);
  if (writeDocToo || process.env.BENCH_MERGE || process.env.BENCH_WRITE_DOC) await writeDoc(meta);
  printTable();
  if (Object.keys(errors).length) {
    console.log('\nSections that failed:');
    for (const [k, v] of Object.entries(errors)) console.log(`- ${k}: ${v.split('\n').slice(0, 3).join(' ')}`);
    process.exitCode = 1;
  }
  console.log(`\nbench/results.json written (${Math.round(meta.durationMs / 1000)} s).`);
}

function table() {
  const head = ['Figure', 'Median', 'Min', 'Max', 'Baseline median', 'Ratio / added', 'Budget', 'Result'];
  const rows = figures.map((f) => [
    f.figure,
    `${fmt(f.median)} ${f.unit}`,
    fmt(f.min),
    fmt(f.max),
    f.baselineMedian === null ? '–' : `${fmt(f.baselineMedian)} (${f.baseline})`,
    compared(f),
    f.budget ?? '–',
    f.pass === null ? (f.median === null ? 'n/a' : '–') : f.pass ? 'pass' : '**FAIL**',
  ]);
  return { head, rows };
}

/** The comparison cell: `+1.20 ms` or `−0.40 ms` added, or `1.43×`; "(paired)" when paired. */
function compared(f) {
  if (f.compareValue === null) return '–';
  const v =
    f.compare === 'added'
      ? `${f.compareValue < 0 ? '−' : '+'}${fmt(Math.abs(f.compareValue))} ms`
      : `${fmt(f.compareValue, 2)}×`;
  return f.paired ? `${v} (paired)` : v;
}

function markdown() {
  const { head, rows } = table();
  const esc = (s) => String(s).replaceAll('|', '\\|');
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
  const notes = figures.filter((f) => f.note).map((f) => `- *${f.figure}*: ${f.note}`);
  return [...lines, '', ...notes].join('\n');
}

function printTable() {
  const { head, rows } = table();
  const all = [head, ...rows.map((r) => r.map((c) => c.replaceAll('**', '')))];
  const widths = head.map((_, i) => Math.min(i === 0 ? 70 : 48, Math.max(...all.map((r) => r[i].length))));
  const line = (r) =>
    r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of all.slice(1)) console.log(line(r));
}

async function writeDoc(meta) {
  const path = join(ROOT, 'docs/performance.md');
  const begin = '<!-- bench:begin (written by bench/run.mjs; edit outside these markers) -->';
  const end = '<!-- bench:end -->';
  const generated = [
    begin,
    '',
    `Latest run: ${meta.finishedAt}, ${meta.cpus} × ${meta.cpuModel}, Chromium ${meta.chromium}, node ${meta.node}, ${Math.round(meta.durationMs / 1000)} s${meta.mergedFrom ? ` (merged with partial runs of ${meta.mergedFrom.join(', ')})` : ''}.`,
    '',
    markdown(),
    '',
    end,
  ].join('\n');
  let doc = await readFile(path, 'utf8').catch(() => null);
  if (doc === null || !doc.includes(begin)) {
    doc = `# Performance\n\nRun the benchmarks (not part of \`npm test\`; ~5 minutes):\n\n\`\`\`sh\nnpm run bench\n\`\`\`\n\nIt builds into \`.output-bench/\`, drives headless Chromium with the built extension over routed pages, and writes \`bench/results.json\` and the table below. Every figure is the median of repeated runs with min and max, next to a baseline measured in the same run (the machine is shared and noisy: compare ratios, not absolute times).\n\n${generated}\n`;
  } else {
    doc = doc.slice(0, doc.indexOf(begin)) + generated + doc.slice(doc.indexOf(end) + end.length);
  }
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  await writeFile(path, doc);
}
