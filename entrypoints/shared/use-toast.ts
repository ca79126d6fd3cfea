import { useCallback, useEffect, useState } from 'react';

export interface Notice {
  message: string;
  kind: 'info' | 'error';
  onUndo?: () => void;
}

/** One notice at a time; it goes away by itself (Undo offers last ~10 s, as PRODUCT.md asks). */
export function useToast() {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.kind === 'error' ? 15_000 : 10_000);
    return () => clearTimeout(timer);
  }, [notice]);
  const show = useCallback((n: Notice) => setNotice(n), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, show, dismiss };
}
