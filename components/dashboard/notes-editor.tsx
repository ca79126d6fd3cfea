import { useState } from 'react';

interface Props {
  notes: string;
  onSave: (notes: string) => Promise<void>;
}

/** Notes with an explicit save: a live-saved textarea would race the table's live updates. */
export function NotesEditor({ notes, onSave }: Props) {
  const [draft, setDraft] = useState(notes);
  const [saved, setSaved] = useState(false);
  const dirty = draft !== notes;
  return (
    <section>
      <h3>
        <label htmlFor="lead-notes">Notes</label>
      </h3>
      <textarea
        id="lead-notes"
        rows={4}
        value={draft}
        maxLength={20_000}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
        data-testid="drawer-notes"
      />
      <div className="inline">
        <button
          type="button"
          disabled={!dirty}
          onClick={() => void onSave(draft).then(() => setSaved(true))}
          data-testid="drawer-notes-save"
        >
          Save notes
        </button>
        {saved && !dirty ? <span className="muted">Saved.</span> : null}
      </div>
    </section>
  );
}
