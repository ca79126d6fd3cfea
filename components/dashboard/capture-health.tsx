import type { ReactNode } from 'react';
import { ago, surfaceLabel, surfaceSite } from './format';

/** The fields of a stored health record (storage/db.ts) this card shows. */
export interface HealthRow {
  surface: string;
  peopleExtracted: number;
  emptyResponses: number;
  failures: number;
  lastSeenAt: string | null;
  lastError: string | null;
  /** Responses arrive but nobody is extracted (see mayHaveChangedFormat). */
  warn: boolean;
}

interface Props {
  records: readonly HealthRow[];
  now: Date;
  /** A line per surface under its counts (the followers lists' coverage). */
  notes?: Readonly<Record<string, string>>;
  /** Bursts held for review, shown first (held-bursts.tsx). */
  held?: ReactNode;
}

/** Per surface: last capture, people extracted, responses that yielded nothing, failures. */
export function CaptureHealth({ records, now, notes = {}, held }: Props) {
  return (
    <section className="card" aria-labelledby="health-title" data-testid="capture-health">
      <h2 id="health-title">Capture health</h2>
      {held}
      {records.length === 0 ? (
        <p className="muted">Nothing captured yet. Open your followers or notifications on X or LinkedIn.</p>
      ) : (
        <ul className="health">
          {records.map((h) => {
            const bad = h.warn;
            return (
              <li key={h.surface} className={bad ? 'warn' : undefined} data-surface={h.surface}>
                <span className="surface">{surfaceLabel(h.surface)}</span>
                <span className="muted">last capture {ago(h.lastSeenAt, now)}</span>
                <span className="stats">
                  {h.peopleExtracted.toLocaleString('en')} items · {h.emptyResponses.toLocaleString('en')} empty ·{' '}
                  {h.failures.toLocaleString('en')} failed
                </span>
                {notes[h.surface] ? <span className="muted">{notes[h.surface]}</span> : null}
                {bad ? (
                  <span className="alert" role="status">
                    {surfaceSite(h.surface)} may have changed its format: responses arrive on {surfaceLabel(h.surface)}{' '}
                    but nobody is extracted.
                  </span>
                ) : null}
                {h.lastError ? <span className="error text">Last error: {h.lastError}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
