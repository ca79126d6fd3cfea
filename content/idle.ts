/**
 * Runs `fn` when the page's main thread is idle (within `timeoutMs` at the latest), so parsing
 * an observed response never lands inside the page's own work. Content scripts share the page's
 * main thread: measured in Chromium, JSON.parse of a 260 KB response costs 0.4 ms, but sending
 * that text over extension messaging 20 ms, so the parsed people travel, not the text.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}

/** The JSON of a response body, or null when it is not JSON. */
export function parseJson(body: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}
