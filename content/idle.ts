/**
 * Runs `fn` when the page's main thread is idle (within `timeoutMs` at the latest), so parsing
 * an observed response never lands inside the page's own work: content scripts share the page's
 * main thread.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}
