import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ListName } from '@/components/popup/list-tabs';

const DIGITS: Record<string, ListName> = { '1': 'new', '2': 'due', '3': 'all' };

const isEditable = (t: EventTarget | null) =>
  t instanceof HTMLInputElement ||
  t instanceof HTMLTextAreaElement ||
  t instanceof HTMLSelectElement ||
  (t instanceof HTMLElement && t.isContentEditable);

/**
 * What the popup shows (which list, the search, the open lead) and its keyboard: `/` searches,
 * 1/2/3 switch lists, Escape leaves a lead. Shortcuts never fire while the rep types in a field.
 */
export function usePopupState() {
  const [list, setList] = useState<ListName>('new');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<Record<ListName, number>>({ new: 0, due: 0, all: 0 });
  const [openId, setOpenId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Focus moves after the render that shows its target; the list only mounts once it has rows.
  const focusNext = useRef<'list' | 'search' | null>('list');

  useEffect(() => {
    const target = focusNext.current === 'search' ? searchRef.current : focusNext.current ? listRef.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const select = useCallback((name: ListName, focus: 'list' | 'search' = 'list') => {
    focusNext.current = focus;
    setList(name);
  }, []);
  const back = useCallback(() => {
    focusNext.current = 'list';
    setOpenId(null);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (openId !== null) {
        if (e.key === 'Escape') {
          e.preventDefault();
          back();
        }
        return;
      }
      if (isEditable(e.target)) return;
      const name = DIGITS[e.key];
      if (e.key === '/') select('all', 'search');
      else if (name) select(name);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, back, select]);

  const setActiveHere = (i: number) => setActive((a) => ({ ...a, [list]: i }));
  const onSearchKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || (e.key === 'Escape' && query === '')) {
      e.preventDefault();
      listRef.current?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
    } else if (e.key === 'Enter') {
      // Enter in the search opens the highlighted result, as in the list itself.
      e.preventDefault();
      listRef.current?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
  };
  return {
    list,
    query,
    openId,
    open: setOpenId,
    back,
    panel: {
      current: list,
      onSelect: (name: ListName) => select(name),
      query,
      onQuery: (q: string) => {
        setQuery(q);
        setActive((a) => ({ ...a, all: 0 }));
      },
      active: active[list],
      onActive: setActiveHere,
      searchRef,
      listRef,
      onSearchKey,
    },
  };
}
