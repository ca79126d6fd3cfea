import { useState } from 'react';

/** The words a user must type before everything is deleted (`data.clear`'s confirmation). */
export const CLEAR_PHRASE = 'delete everything';

interface Props {
  forgetQuery: string;
  onForgetQuery: (q: string) => void;
  /** The lead the query names, if exactly one does. */
  forgetMatch: { id: string; name: string } | null;
  onForget: (id: string) => void;
  onClear: () => Promise<void>;
}

/** "Forget this person" and "Delete everything": the two ways data leaves for good. */
export function DangerZone({ forgetQuery, onForgetQuery, forgetMatch, onForget, onClear }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <section className="card danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title">Forget and delete</h2>
      <h3>Forget this person</h3>
      <p className="muted">Deletes one lead and every touch with them. Enter their handle, profile URL or lead id.</p>
      <div className="inline">
        <input
          value={forgetQuery}
          onChange={(e) => onForgetQuery(e.target.value)}
          placeholder="@handle, linkedin.com/in/slug or x:123"
          aria-label="Person to forget"
          maxLength={300}
          data-testid="forget-query"
        />
        <button
          type="button"
          className="danger"
          disabled={!forgetMatch}
          onClick={() => forgetMatch && onForget(forgetMatch.id)}
          data-testid="forget-button"
        >
          Forget
        </button>
      </div>
      {forgetQuery.trim() ? (
        <p className="muted text clip">{forgetMatch ? `Found: ${forgetMatch.name}` : 'No lead matches exactly.'}</p>
      ) : null}
      <h3>Delete everything</h3>
      <p className="muted">
        Every lead, touch, setting and capture record. This cannot be undone: download a backup first. Type{' '}
        <strong>{CLEAR_PHRASE}</strong> to confirm.
      </p>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed === CLEAR_PHRASE) void onClear().then(() => setTyped(''));
        }}
      >
        <input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-label={`Type ${CLEAR_PHRASE}`}
          data-testid="clear-confirm"
        />
        <button type="submit" className="danger" disabled={typed !== CLEAR_PHRASE} data-testid="clear-button">
          Delete everything
        </button>
      </form>
    </section>
  );
}
