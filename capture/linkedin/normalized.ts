import { isRecord, type JsonRecord } from './json';

/** How deep {@link resolve} follows nesting and URN references before it stops. */
const MAX_DEPTH = 24;
/** How many nodes one {@link resolve} call may build; shared URNs can otherwise fan out. */
const MAX_NODES = 200_000;

/**
 * Indexes a normalized response's `included[]` by `entityUrn` (platform-linkedin.md §0).
 * Entries without a string `entityUrn` are ignored; a later duplicate does not replace the first.
 */
export function indexIncluded(json: unknown): Map<string, JsonRecord> {
  const index = new Map<string, JsonRecord>();
  const included = isRecord(json) ? json['included'] : undefined;
  if (!Array.isArray(included)) return index;
  for (const entity of included) {
    if (!isRecord(entity)) continue;
    const urn = entity['entityUrn'];
    if (typeof urn === 'string' && !index.has(urn)) index.set(urn, entity);
  }
  return index;
}

/**
 * A nested view of a Voyager response, so one parser reads both serialisations (§0):
 * every `"*field": "urn…"` also appears as `field` holding the entity from `included[]`, and
 * `"*elements": [urn…]` as `elements`. A URN missing from `included[]` stays a string, so the
 * caller counts it as an invalid item instead of silently losing it. `included` itself is
 * dropped from the view. Non-normalized input comes back as an equivalent copy.
 *
 * Bounded: references are followed at most {@link MAX_DEPTH} deep, never into a URN already
 * being expanded on the same path (cycles), and at most {@link MAX_NODES} nodes are built.
 * Past a bound the value becomes `null`. Never throws on JSON input.
 */
export function resolve(json: unknown): unknown {
  const index = indexIncluded(json);
  let budget = MAX_NODES;
  const expanding = new Set<string>();

  const lookup = (ref: unknown, depth: number): unknown => {
    if (typeof ref !== 'string') return walk(ref, depth);
    const entity = index.get(ref);
    if (entity === undefined || expanding.has(ref)) return ref;
    expanding.add(ref);
    const view = walk(entity, depth);
    expanding.delete(ref);
    return view;
  };

  const walk = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (depth > MAX_DEPTH || --budget < 0) return null;
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    const entries: [string, unknown][] = [];
    for (const [key, value] of Object.entries(node)) {
      entries.push([key, walk(value, depth + 1)]);
      if (!key.startsWith('*') || key.length < 2) continue;
      const plain = key.slice(1);
      // A nested value already present under the plain key wins over the reference.
      if (Object.hasOwn(node, plain)) continue;
      const resolved = Array.isArray(value) ? value.map((ref) => lookup(ref, depth + 1)) : lookup(value, depth + 1);
      entries.push([plain, resolved]);
    }
    // fromEntries defines own properties, so a "__proto__" key in page JSON stays plain data.
    return Object.fromEntries(entries);
  };

  if (!isRecord(json)) return walk(json, 0);
  return walk(Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'included')), 0);
}
