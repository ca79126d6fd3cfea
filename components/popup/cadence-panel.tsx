import { useState, type FormEvent } from 'react';

interface Props {
  line: string;
  lastAttempt: boolean;
  /** The cadence ended or the lead is in nurture: only an explicit restart opens it again. */
  canRestart: boolean;
  onRestart: (reason: string) => void;
}

/** Where the cadence stands, the last-attempt reminder, and the recorded restart. */
export function CadencePanel({ line, lastAttempt, canRestart, onRestart }: Props) {
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) onRestart(reason.trim());
    setReason('');
  };
  return (
    <section className="cadence" aria-label="Cadence">
      <p className="cadence-line" data-testid="cadence-line">
        {line}
      </p>
      {lastAttempt && (
        <p className="callout warn" data-testid="last-attempt">
          Last attempt: say in this message that it is your last one, then stop.
        </p>
      )}
      {canRestart && (
        <form className="restart" onSubmit={submit}>
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Why reach out again? (e.g. they followed again)"
            aria-label="Reason to restart the cadence"
            maxLength={500}
            data-testid="restart-reason"
          />
          <button type="submit" disabled={!reason.trim()}>
            Restart cadence
          </button>
        </form>
      )}
    </section>
  );
}
