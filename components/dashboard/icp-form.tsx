import { useState } from 'react';
import type { IcpPreview } from '@/lists';
import type { Icp } from '@/model';
import { plural } from './format';

/** How far the background re-scoring of every lead has come, as storage/retriage.ts keeps it. */
export interface Progress {
  done: number;
  total: number;
  finished: boolean;
}

interface Props {
  icp: Icp;
  /** Leads in all, for the preview's "of N". */
  total: number;
  /** What the typed words would match (the page holds the leads and counts them). */
  counts: IcpPreview;
  onDraft: (draft: Draft) => void;
  progress: Progress | undefined;
  onSave: (draft: Draft) => Promise<void>;
}

/** The two fields as typed: comma-separated words (lists/icp-preview.ts parses them). */
export interface Draft {
  include: string;
  exclude: string;
}

export const draftOf = (icp: Icp): Draft => ({ include: icp.include.join(', '), exclude: icp.exclude.join(', ') });

/**
 * The ideal customer (issue #14): include and exclude words that score each lead's fit, with a
 * live count of the leads they would match before saving, and the re-scoring's progress after.
 */
export function IcpForm({ icp, total, counts, onDraft, progress, onSave }: Props) {
  const [draft, setDraft] = useState(() => draftOf(icp));
  const saved = JSON.stringify(draft) === JSON.stringify(draftOf(icp));
  const field = (key: 'include' | 'exclude', label: string, placeholder: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={draft[key]}
        onChange={(e) => {
          const next = { ...draft, [key]: e.target.value };
          setDraft(next);
          onDraft(next);
        }}
        placeholder={placeholder}
        maxLength={20_000}
        data-testid={`icp-${key}`}
      />
    </label>
  );
  return (
    <section className="card" aria-labelledby="icp-title">
      <h2 id="icp-title">Ideal customer</h2>
      <p className="muted">
        Whole words or phrases, separated by commas, matched in bio, headline and location. Any exclude word sets fit to
        0.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(draft);
        }}
      >
        {field('include', 'Include', 'founder, CTO, fintech')}
        {field('exclude', 'Exclude', 'giveaway, crypto signals')}
        <p className="muted" role="status" data-testid="icp-preview">
          {`Would match ${plural(counts.matched, 'lead')} of ${total.toLocaleString('en')}`}
          {counts.excluded ? `; ${plural(counts.excluded, 'lead')} excluded` : ''}.
        </p>
        <button type="submit" className="primary" disabled={saved}>
          Save and re-score
        </button>
      </form>
      {progress && (
        <p className="muted" data-testid="triage-progress">
          {progress.finished
            ? `All ${plural(progress.done, 'lead')} re-scored.`
            : `Re-scoring: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}…`}
        </p>
      )}
    </section>
  );
}
