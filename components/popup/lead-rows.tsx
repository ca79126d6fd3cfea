import { useEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** One row of a popup list, already worded by the page: the list only lays it out. */
export interface LeadRowModel {
  id: string;
  name: string;
  handle: string;
  platform: string;
  detail: string;
  /** `warn` marks a last attempt; `muted` a quiet detail. */
  tone?: 'warn' | 'muted';
  /** A short flag after the handle ("likely false · default avatar"), with its full reason. */
  chip?: { text: string; title: string };
}

const ROW_HEIGHT = 52;
const PAGE = 8;

interface Props {
  testId: string;
  label: string;
  rows: readonly LeadRowModel[];
  active: number;
  onActive: (index: number) => void;
  onOpen: (id: string) => void;
  /** What to show when there are no rows: what the rep can do to get some. */
  empty: ReactNode;
  listRef?: Ref<HTMLDivElement>;
  /** Told when the rows in view reach the end, so the page can read more. */
  onNearEnd?: () => void;
  /** Single-key actions on the active row (e.g. `x`: a false lead), key → what it does. */
  rowKeys?: Readonly<Record<string, (id: string) => void>>;
}

/**
 * A virtualised listbox: only the rows in view are in the DOM, so thousands of leads scroll as
 * fast as ten. Focus stays on the list and `aria-activedescendant` names the active row, because
 * rows come and go as they scroll and could not keep focus themselves.
 */
export function LeadRows(props: Props) {
  const { testId, label, rows, active, onActive, onOpen, empty, listRef, onNearEnd, rowKeys } = props;
  const scroller = useRef<HTMLDivElement | null>(null);
  // The virtualizer re-renders on every scroll by design; this project does not use React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  useEffect(() => {
    if (active >= 0 && active < rows.length) virtual.scrollToIndex(active, { align: 'auto' });
  }, [active, rows.length, virtual]);

  const lastInView = virtual.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (rows.length > 0 && lastInView >= rows.length - PAGE) onNearEnd?.();
  }, [lastInView, rows.length, onNearEnd]);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: Math.max(0, active - 1),
      PageDown: Math.min(last, active + PAGE),
      PageUp: Math.max(0, active - PAGE),
      Home: 0,
      End: last,
    };
    const next = moves[e.key];
    const action = rowKeys?.[e.key];
    if (next !== undefined && last >= 0) {
      e.preventDefault();
      onActive(next);
    } else if (e.key === 'Enter' && rows[active]) {
      e.preventDefault();
      onOpen(rows[active].id);
    } else if (action && rows[active] && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      action(rows[active].id);
    }
  };

  const setRef = (node: HTMLDivElement | null) => {
    scroller.current = node;
    if (typeof listRef === 'function') listRef(node);
    else if (listRef) listRef.current = node;
  };
  const activeRow = rows[active];
  return (
    <div
      ref={setRef}
      className="rows"
      data-testid={testId}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeRow ? `row-${testId}-${active}` : undefined}
      aria-keyshortcuts={rowKeys ? Object.keys(rowKeys).join(' ') : undefined}
      onKeyDown={onKeyDown}
    >
      {rows.length === 0 ? (
        <div className="list-empty">{empty}</div>
      ) : (
        <div className="rows-inner" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={row.id}
                id={`row-${testId}-${item.index}`}
                role="option"
                aria-selected={item.index === active}
                className="row"
                data-testid="lead-row"
                data-lead-id={row.id}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  onActive(item.index);
                  onOpen(row.id);
                }}
              >
                <span className="name">{row.name}</span>
                <span className={`detail ${row.tone ?? ''}`}>{row.detail}</span>
                <span className="sub">
                  <span className="handle">{row.handle}</span> · {row.platform}
                  {row.chip && (
                    <>
                      {' '}
                      <span className="chip" title={row.chip.title} data-testid="false-chip">
                        {row.chip.text}
                      </span>
                    </>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
