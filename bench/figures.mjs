// The run's shared state: the figures and details every section adds to, the run's clock and log,
// and BENCH_REPS. bench/report.mjs writes them out.
import { stats } from './lib.mjs';

export const REPS = Number(process.env.BENCH_REPS ?? 7);
export const started = Date.now();

export const figures = [];
export const details = {};
export const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

/**
 * One table row. `compare` is 'ratio' (median / baseline median) or 'added' (median − baseline
 * median); `limit` applies to that comparison when `budgetOn` is 'compare', else to the median;
 * `compareLimit`, when given, also bounds the comparison. `paired`: sample i and baseline i were
 * measured side by side (the arms alternating pair by pair), so the comparison is the median of
 * the pairs' differences (or ratios): the machine's drift from one pair to the next cancels
 * within each pair instead of landing in one arm's median (in the run of 2026-12-03, seven pairs of the
 * non-matching fetch call differed by +0.04 ms in the median pair and by +0.15 ms in medians).
 */
export function figure(row) {
  const s = stats(row.samples ?? []);
  const b = row.baseline ? stats(row.baseline) : null;
  const added = row.compare === 'added';
  const pairs =
    row.paired && b && row.samples.length === row.baseline.length
      ? row.samples.map((x, i) => (added ? x - row.baseline[i] : row.baseline[i] > 0 ? x / row.baseline[i] : NaN))
      : null;
  let compare = null;
  if (pairs) compare = stats(pairs).median;
  else if (b && s.median !== null && b.median !== null)
    compare = added ? s.median - b.median : b.median > 0 ? s.median / b.median : null;
  const value = row.budgetOn === 'compare' ? compare : s.median;
  let pass = row.limit === undefined || value === null ? null : value <= row.limit;
  // A second budget on the comparison, beside `limit` on the median (the popup: ≤ 300 ms and ≤ 1.5× bare).
  if (pass !== null && row.compareLimit !== undefined) pass &&= compare !== null && compare <= row.compareLimit;
  const out = {
    id: row.id,
    figure: row.figure,
    unit: row.unit,
    median: s.median,
    min: s.min,
    max: s.max,
    n: s.n,
    baseline: row.baselineName ?? null,
    baselineMedian: b?.median ?? null,
    compare: row.compare ?? null,
    compareValue: compare,
    paired: pairs !== null,
    budget: row.budget ?? null,
    pass,
    note: row.note ?? null,
  };
  figures.push(out);
  log(
    `${row.figure}: ${fmt(s.median)} ${row.unit} (base ${fmt(b?.median)}) ${pass === null ? '' : pass ? 'PASS' : 'FAIL'}`,
  );
  return out;
}

export const fmt = (x, d) => {
  if (x === null || x === undefined) return '–';
  const digits = d ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toFixed(digits);
};
