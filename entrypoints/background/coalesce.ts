/**
 * Collects items pushed in quick succession and hands them to `flush` together, after `delayMs`
 * without a new one or once `max` are waiting. A page scroll sends a capture every few
 * milliseconds; storing each in its own transaction costs an IndexedDB commit apiece. Each
 * push resolves with its own item's result.
 */
export function coalesce<T, R>(flush: (items: T[]) => Promise<R[]>, { delayMs = 120, max = 20 } = {}) {
  let waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = waiting;
    waiting = [];
    flush(batch.map((w) => w.item)).then(
      (results) => batch.forEach((w, i) => w.resolve(results[i] as R)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  };
  return (item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (waiting.length >= max) run();
      else {
        clearTimeout(timer);
        timer = setTimeout(run, delayMs);
      }
    });
}

/** Calls `fn` once, `delayMs` after the last of a burst of calls. */
export function debounce(fn: () => void, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, delayMs);
  };
}
