import { plural } from './format';

/** One burst held for review (storage/held.ts), as this card shows it. */
export interface HeldBurst {
  group: string;
  page: string;
  people: number;
  /** When the burst began (the first of its people, held or not) and its last held capture. */
  startedAt: string;
  lastAt: string;
}

interface Props {
  bursts: readonly HeldBurst[];
  busy: boolean;
  onKeep: (group: string) => void;
  onDiscard: (group: string) => void;
}

/** Where a page is, for the sentence: host and path, never a query (it may carry tokens). */
function pageName(page: string): string {
  try {
    const url = new URL(page);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return 'one page';
  }
}

function seconds(from: string, to: string): string {
  const s = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/**
 * Captures held because one tab added far more people than a person scrolling can (issue #13): not
 * in New, not on the badge, until the user keeps them or throws them away.
 */
export function HeldBursts({ bursts, busy, onKeep, onDiscard }: Props) {
  if (bursts.length === 0) return null;
  return (
    <ul className="health held" aria-label="Held for review">
      {bursts.map((b) => (
        <li key={b.group} className="warn" data-testid="held-burst">
          <span className="alert" role="status">
            {plural(b.people, 'person', 'people')} arrived from {pageName(b.page)} in {seconds(b.startedAt, b.lastAt)}:
            keep them?
          </span>
          <span className="muted">
            Far more than scrolling shows; a page script may have made them up. Held, not in New, until you choose.
          </span>
          <span className="inline">
            <button type="button" disabled={busy} onClick={() => onKeep(b.group)} data-testid="held-keep">
              Keep them
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => onDiscard(b.group)}
              data-testid="held-discard"
            >
              Discard
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
