import type * as z from 'zod/mini';

/**
 * A zod/mini `.check()` that fails the value unless `ok(value)`: the same verdict as the
 * built-in check it stands for (`z.maxLength(n)` ≡ `rule((s) => s.length <= n)`, `z.int()` ≡
 * `rule(Number.isSafeInteger)` …) at a fraction of the weight. Each built-in check class adds
 * 0.4–1.4 KB to a content script, and the content scripts load on every X and LinkedIn page.
 */
export function rule<T>(ok: (value: T) => boolean): z.core.CheckFn<T> {
  return (payload) => {
    if (!ok(payload.value)) payload.issues.push({ code: 'custom', input: payload.value, message: 'Invalid input' });
  };
}

/**
 * A schema built on its first parse instead of when the module loads. The content scripts load on
 * every X and LinkedIn page and most pages never parse a response, while building the parsers'
 * schemas cost about 3 ms of the page's main thread at load (issue #17).
 */
export function lazy<S extends z.ZodMiniType>(build: () => S): Pick<S, 'safeParse'> {
  let schema: S | undefined;
  return { safeParse: (value, params) => (schema ??= build()).safeParse(value, params) } as Pick<S, 'safeParse'>;
}
