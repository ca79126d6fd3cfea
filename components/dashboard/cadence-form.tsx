import { useState } from 'react';
import type { CadencePolicy } from '@/model';

interface Props {
  policy: CadencePolicy;
  onSave: (policy: CadencePolicy) => Promise<void>;
}

const FIELDS = [
  { key: 'maxTouches', label: 'Touches at most', min: 1, max: 50, step: 1 },
  { key: 'maxDays', label: 'Within days of the first touch', min: 1, max: 365, step: 1 },
  { key: 'minGapHours', label: 'Hours between touches, at least', min: 0, max: 1440, step: 1 },
] as const;

/** The cadence policy: decided before the first touch, so every lead gets a definite end. */
export function CadenceForm({ policy, onSave }: Props) {
  const [draft, setDraft] = useState<Record<keyof CadencePolicy, string>>({
    maxTouches: String(policy.maxTouches),
    maxDays: String(policy.maxDays),
    minGapHours: String(policy.minGapHours),
  });
  const [saved, setSaved] = useState(false);
  const parsed = {
    maxTouches: Number(draft.maxTouches),
    maxDays: Number(draft.maxDays),
    minGapHours: Number(draft.minGapHours),
  };
  const valid = FIELDS.every(({ key, min, max }) => {
    const v = parsed[key];
    return (
      draft[key].trim() !== '' &&
      Number.isFinite(v) &&
      v >= min &&
      v <= max &&
      (key === 'minGapHours' || Number.isInteger(v))
    );
  });
  return (
    <form
      className="card"
      aria-labelledby="cadence-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void onSave(parsed).then(() => setSaved(true));
      }}
    >
      <h2 id="cadence-title">Cadence policy</h2>
      <p className="muted">Whichever comes first ends the cadence; a reply stops it.</p>
      {FIELDS.map(({ key, label, min, max, step }) => (
        <label key={key} className="field row-field">
          <span>{label}</span>
          <input
            type="number"
            min={min}
            max={max}
            step={step}
            value={draft[key]}
            onChange={(e) => {
              setDraft({ ...draft, [key]: e.target.value });
              setSaved(false);
            }}
            data-testid={`policy-${key}`}
          />
        </label>
      ))}
      <div className="inline">
        <button type="submit" className="primary" disabled={!valid} data-testid="policy-save">
          Save policy
        </button>
        {!valid ? <span className="error">Touches 1–50, days 1–365, hours 0–1440.</span> : null}
        {saved ? <span className="muted">Saved.</span> : null}
      </div>
    </form>
  );
}
