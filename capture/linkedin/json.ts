import { countSkip, emptyResult, type ParseResult } from '../types';

import { isRecord, type JsonRecord } from '../json';

export { isRecord, type JsonRecord };

/** The value's entries when it is an array, else an empty list (so loops need no guard). */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Follows `keys` through nested objects; undefined as soon as a step is not an object. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * The GraphQL finder object `<name>` of a Voyager response. Normalized GraphQL nests it as
 * `data.data.<name>`, the pegasus (non-normalized) client as `data.<name>` (platform-linkedin.md §0).
 */
export function finder(root: unknown, name: string): JsonRecord | undefined {
  for (const candidate of [dig(root, 'data', 'data', name), dig(root, 'data', name), dig(root, name)]) {
    if (isRecord(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The first value under `node` (itself included; depth-first, in key order) that `accept` maps
 * to a non-null result. Bounded by `budget` visited nodes so a huge or hostile object costs a
 * fixed amount of work.
 */
export function firstDeep<T>(node: unknown, accept: (value: unknown) => T | null, budget = 5000): T | null {
  const stack: unknown[] = [node];
  let visited = 0;
  while (stack.length > 0 && visited++ < budget) {
    const current = stack.pop();
    const hit = accept(current);
    if (hit !== null) return hit;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i]);
    } else if (isRecord(current)) {
      const values = Object.values(current);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return null;
}

/**
 * Runs a parser body and turns any throw into a counted `parser_error`. Page data is untrusted
 * (getters, proxies, shapes no schema foresaw); a throw would lose the whole capture, and the
 * count still shows up in capture health (PRODUCT.md "Capture health").
 */
export function guarded<R extends ParseResult>(body: () => R, fallback: () => R): R {
  try {
    return body();
  } catch {
    const result = fallback();
    countSkip(result.skipped, 'parser_error');
    return result;
  }
}

/** {@link guarded} for parsers that return a plain ParseResult. */
export function guardedResult(body: () => ParseResult): ParseResult {
  return guarded(body, emptyResult);
}
