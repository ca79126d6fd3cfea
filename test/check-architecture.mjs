// `npm test` step: the architecture holds (docs/architecture.md). dependency-cruiser checks which
// folder may import which (.dependency-cruiser.cjs); this adds the one rule it cannot express: no
// cycle between top-level folders (a module-level cycle it finds itself). Tests are left out: a
// test may reach across folders to set things up.
import { execFileSync } from 'node:child_process';

export const FOLDERS = [
  'model',
  'capture',
  'cadence',
  'roster',
  'lists',
  'people',
  'triage',
  'messaging',
  'storage',
  'components',
  'entrypoints',
  'content',
  'bridge',
];

const json = execFileSync(
  'npx',
  ['depcruise', ...FOLDERS, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
);
const result = JSON.parse(json);
const problems = result.summary.violations.map(
  (v) =>
    `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`,
);

// The folder graph: an edge for every import from one top-level folder into another.
const folderOf = (path) => (FOLDERS.includes(path.split('/')[0]) ? path.split('/')[0] : null);
const edges = new Map(FOLDERS.map((f) => [f, new Map()]));
for (const m of result.modules) {
  const from = folderOf(m.source);
  if (!from || /\.test\.tsx?$/.test(m.source)) continue;
  for (const d of m.dependencies) {
    const to = folderOf(d.resolved);
    if (to && to !== from && !edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}
const cycles = new Set();
const walk = (folder, path) => {
  for (const next of edges.get(folder).keys()) {
    const at = path.indexOf(next);
    if (at >= 0) {
      const loop = [...path.slice(at), next];
      const start = loop.indexOf([...loop.slice(0, -1)].sort()[0]);
      const canonical = [...loop.slice(start, -1), ...loop.slice(0, start), loop[start]];
      cycles.add(canonical.join(' → '));
    } else walk(next, [...path, next]);
  }
};
for (const f of FOLDERS) walk(f, [f]);
for (const cycle of cycles) {
  const steps = cycle.split(' → ');
  const via = steps.slice(0, -1).map((f, i) => edges.get(f).get(steps[i + 1]));
  problems.push(`folder cycle: ${cycle} (${via.join('; ')})`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} architecture problem(s): see docs/architecture.md for the rules and why.`);
  process.exit(1);
}
const folderEdges = [...edges.values()].reduce((n, m) => n + m.size, 0);
console.log(
  `Architecture holds: ${result.summary.totalCruised} modules, ${folderEdges} folder-to-folder edges, no cycle.`,
);
