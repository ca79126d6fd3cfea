import type { ParseResult } from '@/capture/types';

export interface DomFallback {
  /** An API response was seen for this view: the DOM reader stands down. */
  apiSeen(): void;
  stop(): void;
}

/**
 * Reads list rows from the DOM when no API response was seen for this view within `graceMs`
 * (the page may have been served from cache, or the API shape may have changed). Sites
 * virtualise long lists and recycle rows while scrolling, so it keeps reading as rows change,
 * debounced, and reports only people not reported before in this view.
 */
export function startDomFallback(
  doc: Document,
  read: (root: ParentNode) => ParseResult,
  report: (fresh: ParseResult) => void,
  { graceMs = 1500, debounceMs = 300 } = {},
): DomFallback {
  const seen = new Set<string>();
  let api = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scan = () => {
    if (api) return;
    const result = read(doc);
    const people = result.people.filter((p) => {
      const key = `${p.platformUserId ?? ''}|${p.handle ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (people.length > 0) report({ people, skipped: result.skipped });
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(scan, debounceMs);
  });
  const start = setTimeout(() => {
    if (api) return;
    scan();
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  }, graceMs);
  return {
    apiSeen: () => {
      api = true;
    },
    stop: () => {
      clearTimeout(start);
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
