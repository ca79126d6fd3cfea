import type { Ref } from 'react';
import { LeadRows } from '@/components/popup/lead-rows';
import { ListTabs, type ListName } from '@/components/popup/list-tabs';
import { NewFilter } from '@/components/popup/new-filter';
import type { ListData } from './use-lists';

interface Props {
  lists: Record<ListName, ListData>;
  current: ListName;
  onSelect: (name: ListName) => void;
  query: string;
  onQuery: (q: string) => void;
  active: number;
  onActive: (i: number) => void;
  onOpen: (id: string) => void;
  searchRef: Ref<HTMLInputElement>;
  listRef: Ref<HTMLDivElement>;
  onSearchKey: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  /** Whether New leaves likely false leads out, and its switch. */
  hideFalse: { hide: boolean; toggle: (hide: boolean) => void };
  rowKeys: Readonly<Record<string, (id: string) => void>>;
}

const LABELS: Record<ListName, string> = { new: 'New', due: 'Due', all: 'All' };

function emptyText(list: ListName, query: string) {
  if (list === 'new')
    return 'No new leads waiting. New followers and profile viewers land here while you browse your X or LinkedIn notifications.';
  if (list === 'due')
    return 'Nothing due now. Log a first touch on a new lead to start its cadence; the next touch comes due here.';
  return query.trim()
    ? `No lead has a word starting with “${query.trim()}” in their name, handle or headline.`
    : 'No leads yet.';
}

/** New / Due / All as tabs, with the search box over All. */
export function ListsPanel(props: Props) {
  const { lists, current, onSelect, query, onQuery, active, onActive, onOpen, searchRef, listRef, hideFalse } = props;
  const tabs = (['new', 'due', 'all'] as const).map((name) => ({
    name,
    label: LABELS[name],
    count: lists[name].count,
  }));
  const list = lists[current];
  return (
    <section className="lists" data-testid="lead-list">
      <ListTabs tabs={tabs} current={current} onSelect={onSelect} />
      <div className="panel" id={`panel-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`}>
        {current === 'all' && (
          <input
            ref={searchRef}
            type="search"
            className="search"
            placeholder="Search name, handle, headline  ( / )"
            aria-label="Search leads"
            aria-keyshortcuts="/"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={props.onSearchKey}
            data-testid="search"
          />
        )}
        {current === 'new' && (
          <NewFilter likelyFalse={list.likelyFalse ?? 0} hide={hideFalse.hide} onToggle={hideFalse.toggle} />
        )}
        {list.rows && (
          <LeadRows
            key={current}
            testId={`list-${current}`}
            label={`${LABELS[current]} leads`}
            rows={list.rows}
            // Rows can leave the list (touched, deleted) while the index stays: keep it on a row.
            active={Math.min(active, list.rows.length - 1)}
            onActive={onActive}
            onOpen={onOpen}
            empty={emptyText(current, query)}
            listRef={listRef}
            onNearEnd={list.more}
            rowKeys={props.rowKeys}
          />
        )}
      </div>
    </section>
  );
}
