/**
 * Calls `onChange` when the SPA moves to another URL without a page load. Content scripts
 * cannot see the page's `history.pushState`, so this watches for URL changes after DOM
 * mutations (every in-app navigation re-renders) and on popstate.
 */
export function watchNavigation(win: Window, onChange: (url: URL) => void): () => void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange(new URL(last));
  };
  const observer = new MutationObserver(check);
  observer.observe(win.document, { childList: true, subtree: true });
  win.addEventListener('popstate', check);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', check);
  };
}

/**
 * Calls `onView` with the page's URL once its document is parsed (after `first`, if given), then
 * with each URL the SPA moves to.
 */
export function eachView(win: Window, onView: (url: URL) => void, first?: () => void): void {
  const start = () => {
    first?.();
    onView(new URL(win.location.href));
    watchNavigation(win, onView);
  };
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

/** A fresh id for one visit of one view: the unit of "first visit is the baseline". */
export function newVisitId(): string {
  return crypto.randomUUID();
}
