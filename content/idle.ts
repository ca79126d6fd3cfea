const pending = new Set<() => void>();
let flushOnHide = false;

/**
 * Runs `fn` when the page's main thread is idle (within `timeoutMs` at the latest: a capture should not wait on a busy page), so parsing
 * an observed response never lands inside the page's own work: content scripts share the page's
 * main thread. Work still waiting when the page is hidden (tab closed, navigated away) runs
 * then, so a tab closed right after loading does not lose what it captured.
 */
export function whenIdle(fn: () => void, timeoutMs = 200): void {
  const run = () => {
    if (pending.delete(run)) fn();
  };
  pending.add(run);
  if (!flushOnHide) {
    flushOnHide = true;
    addEventListener('pagehide', () => [...pending].forEach((job) => job()));
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}
