import type { FormEvent, KeyboardEvent } from 'react';
import type { Channel, Outcome } from '@/model';
import { TouchNotice, type Notice } from './touch-notice';

export type When = 'now' | 'today' | 'yesterday' | 'at';

export interface TouchDraft {
  channel: Channel;
  note: string;
  valueProp: string;
  outcome: Outcome;
  when: When;
  /** HH:mm for "earlier today" and "yesterday". */
  time: string;
  /** datetime-local value for "a specific time". */
  at: string;
}

interface Props {
  draft: TouchDraft;
  onChange: (patch: Partial<TouchDraft>) => void;
  channels: readonly { value: Channel; label: string }[];
  starters: readonly string[];
  used: readonly string[];
  /** The earlier spelling of the value proposition being repeated, if it is. */
  repeat: string | null;
  notice: Notice | null;
  sending: boolean;
  onSubmit: (confirmEarly: boolean) => void;
  /** Put the cursor in the note, so opening a lead and typing is all it takes. */
  autoFocus?: boolean;
}

const OUTCOMES: readonly { value: Outcome; label: string }[] = [
  { value: 'no_reply', label: 'No reply' },
  { value: 'replied', label: 'Replied' },
  { value: 'bounced', label: 'Bounced' },
];

/**
 * Logs a touch in a few keystrokes: every field has a default, Enter sends (Shift+Enter is a new
 * line in the note), and warnings have reserved space so nothing moves while the rep types.
 */
export function TouchForm(props: Props) {
  const { draft, onChange, channels, starters, used, repeat, notice, sending, onSubmit, autoFocus } = props;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(false);
  };
  const noteKeys = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      e.currentTarget.form?.requestSubmit();
    }
  };
  return (
    <form className="touch-form" onSubmit={submit} aria-label="Log a touch" data-testid="touch-form">
      <h3>Log a touch</h3>
      <div className="form-row">
        <select
          aria-label="Channel"
          value={draft.channel}
          onChange={(e) => onChange({ channel: e.target.value as Channel })}
          data-testid="touch-channel"
        >
          {channels.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Outcome"
          value={draft.outcome}
          onChange={(e) => onChange({ outcome: e.target.value as Outcome })}
          data-testid="touch-outcome"
        >
          {OUTCOMES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <select
          aria-label="When"
          value={draft.when}
          onChange={(e) => onChange({ when: e.target.value as When })}
          data-testid="touch-when"
        >
          <option value="now">Now</option>
          <option value="today">Earlier today</option>
          <option value="yesterday">Yesterday</option>
          <option value="at">A specific time</option>
        </select>
        {(draft.when === 'today' || draft.when === 'yesterday') && (
          <input
            type="time"
            aria-label="Time"
            value={draft.time}
            onChange={(e) => onChange({ time: e.target.value })}
            data-testid="touch-time"
          />
        )}
        {draft.when === 'at' && (
          <input
            type="datetime-local"
            aria-label="Date and time"
            value={draft.at}
            onChange={(e) => onChange({ at: e.target.value })}
            data-testid="touch-at"
          />
        )}
      </div>
      <textarea
        aria-label="Note"
        placeholder="Note: what you said (Shift+Enter for a new line)"
        rows={2}
        autoFocus={autoFocus}
        value={draft.note}
        onChange={(e) => onChange({ note: e.target.value })}
        onKeyDown={noteKeys}
        maxLength={20_000}
        data-testid="touch-note"
      />
      <input
        aria-label="Value proposition"
        placeholder="Value proposition: what is in it for them?"
        list="value-prop-starters"
        value={draft.valueProp}
        onChange={(e) => onChange({ valueProp: e.target.value })}
        maxLength={2_000}
        data-testid="touch-value-prop"
      />
      <datalist id="value-prop-starters">
        {starters.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p className="hint" data-testid="used-value-props">
        {used.length > 0 ? `Used with this lead: ${used.join(' · ')}` : 'No value proposition used with this lead yet.'}
      </p>
      <p className="hint warn" data-testid="repeat-warning" aria-live="polite">
        {repeat ? `“${repeat}” was already used with this lead: bring a new one.` : ''}
      </p>
      <TouchNotice notice={notice} onConfirm={() => onSubmit(true)} />
      <button type="submit" className="primary" disabled={sending} data-testid="log-touch">
        {sending ? 'Logging…' : 'Log touch'}
      </button>
    </form>
  );
}
