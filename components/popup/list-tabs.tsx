export type ListName = 'new' | 'due' | 'all';

export interface ListTab {
  name: ListName;
  label: string;
  /** Shown beside the label; undefined while it is being counted. */
  count: number | string | undefined;
}

interface Props {
  tabs: readonly ListTab[];
  current: ListName;
  onSelect: (name: ListName) => void;
}

/** The New / Due / All switch; the digit before each label is its keyboard shortcut. */
export function ListTabs({ tabs, current, onSelect }: Props) {
  return (
    <div className="tabs" role="tablist" aria-label="Lists">
      {tabs.map((tab, i) => (
        <button
          key={tab.name}
          type="button"
          role="tab"
          id={`tab-${tab.name}`}
          aria-selected={tab.name === current}
          aria-controls={`panel-${tab.name}`}
          aria-keyshortcuts={String(i + 1)}
          data-testid={`tab-${tab.name}`}
          className="tab"
          onClick={() => onSelect(tab.name)}
        >
          {tab.label}
          <span className="tab-count">{tab.count ?? ''}</span>
        </button>
      ))}
    </div>
  );
}
