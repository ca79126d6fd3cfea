/**
 * `read` (which reads `document.cookie`), remembered until the browser reports a cookie change
 * (`cookieStore`'s change event). Reading `document.cookie` is a synchronous call into the browser:
 * about 0.2 ms of the page's main thread per hooked response, read once per response for the
 * signed-in account (CPU profile, issue #17). Without `cookieStore` (Firefox) it reads every time.
 */
export function untilCookieChange<T>(read: () => T): () => T {
  let known: { value: T } | null = null;
  let watching: boolean | undefined;
  return () => {
    // Looked up on first use, not at page load.
    if (watching === undefined) {
      const store = (globalThis as { cookieStore?: EventTarget }).cookieStore;
      watching = typeof store?.addEventListener === 'function';
      if (watching) store?.addEventListener('change', () => (known = null));
    }
    if (!watching) return read();
    return (known ??= { value: read() }).value;
  };
}
