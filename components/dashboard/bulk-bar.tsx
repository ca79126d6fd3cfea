import { useState } from 'react';
import { STAGES, type Stage } from '@/model';
import { plural, STAGE_LABEL } from './format';

interface Props {
  count: number;
  busy: boolean;
  onStage: (stage: Stage) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  /** Links the selected leads as one person (issue #15): two to six of them. */
  onLink: () => void;
  onClear: () => void;
}

/** Actions on the selected leads that the current filter shows. */
export function BulkBar({ count, busy, onStage, onTag, onDelete, onLink, onClear }: Props) {
  const [tag, setTag] = useState('');
  const off = busy || count === 0;
  return (
    <div className="bulk" aria-label="Selected leads" data-testid="bulk-bar">
      <span className="bulk-count" data-testid="selected-count">
        {count === 0 ? 'Select leads for bulk actions' : `${plural(count, 'lead')} selected`}
      </span>
      <select
        value=""
        disabled={off}
        aria-label="Set stage of the selected leads"
        onChange={(e) => {
          const stage = STAGES.find((s) => s === e.target.value);
          if (stage) onStage(stage);
        }}
        data-testid="bulk-stage"
      >
        <option value="">Set stage…</option>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABEL[s]}
          </option>
        ))}
      </select>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onTag(tag.trim());
          setTag('');
        }}
      >
        <input
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder="Tag"
          aria-label="Tag to add"
          maxLength={100}
          disabled={off}
          data-testid="bulk-tag"
        />
        <button type="submit" disabled={off || !tag.trim()}>
          Add tag
        </button>
      </form>
      <button type="button" disabled={busy || count < 2 || count > 6} onClick={onLink} data-testid="bulk-link">
        Link as one person
      </button>
      <button type="button" disabled={off} onClick={() => onStage('disqualified')} data-testid="bulk-disqualify">
        Disqualify
      </button>
      <button type="button" className="danger" disabled={off} onClick={onDelete} data-testid="bulk-delete">
        Delete
      </button>
      {count > 0 ? (
        <button type="button" className="link" onClick={onClear}>
          Clear selection
        </button>
      ) : null}
    </div>
  );
}
