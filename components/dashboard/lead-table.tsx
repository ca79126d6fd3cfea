import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Lead } from '@/model';
import type { CadenceStates, Sort, SortKey } from '@/lists';
import { LeadRow, ROW_HEIGHT } from './lead-row';

interface Props {
  leads: readonly Lead[];
  states: CadenceStates;
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  selectedShown: number;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  openId: string | null;
  onOpen: (id: string) => void;
  now: Date;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'platform', label: 'Platform' },
  { key: 'stage', label: 'Stage' },
  { key: 'temperature', label: 'Temp.' },
  { key: 'cadence', label: 'Cadence' },
  { key: 'firstSeenAt', label: 'First seen' },
  { key: 'lastSignalAt', label: 'Last signal' },
];

/**
 * The lead table: only the rows in view are in the DOM (100,000 leads would be 100,000 rows
 * otherwise), so the page stays responsive whatever the count.
 */
export function LeadTable(p: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself
  const rows = useVirtualizer({
    count: p.leads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => p.leads[i]?.id ?? i,
  });
  const all = p.leads.length > 0 && p.selectedShown === p.leads.length;
  const some = p.selectedShown > 0 && !all;
  return (
    <div className="table" role="grid" aria-rowcount={p.leads.length + 1} data-testid="lead-table">
      <div className="row head" role="row">
        <span role="columnheader" className="check">
          <input
            type="checkbox"
            aria-label="Select all shown"
            checked={all}
            ref={(el) => {
              if (el) el.indeterminate = some;
            }}
            onChange={(e) => p.onToggleAll(e.target.checked)}
            data-testid="select-all"
          />
        </span>
        {COLUMNS.map(({ key, label }) => {
          const on = p.sort.key === key;
          return (
            <span
              key={key}
              role="columnheader"
              aria-sort={on ? (p.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" className="sort" onClick={() => p.onSort(key)} data-testid={`sort-${key}`}>
                {label}
                <span aria-hidden="true">{on ? (p.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </span>
          );
        })}
      </div>
      <div className="body" ref={scroller}>
        {p.leads.length === 0 ? (
          <p className="none">No lead matches these filters.</p>
        ) : (
          <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
            {rows.getVirtualItems().map((item) => {
              const lead = p.leads[item.index];
              if (!lead) return null;
              return (
                <LeadRow
                  key={item.key}
                  lead={lead}
                  index={item.index}
                  top={item.start}
                  cadence={p.states.get(lead.id) ?? 'not_started'}
                  selected={p.selected.has(lead.id)}
                  open={p.openId === lead.id}
                  onToggle={p.onToggle}
                  onOpen={p.onOpen}
                  now={p.now}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
