import { STAGES, TEMPERATURES, type Stage, type Temperature } from '@/model';

export interface LeadPatch {
  stage?: Stage;
  temperature?: Temperature | null;
  doNotContact?: boolean;
}

interface Props {
  stage: Stage;
  temperature: Temperature | null;
  doNotContact: boolean;
  onPatch: (patch: LeadPatch) => void;
}

/** Stage, temperature, do-not-contact and disqualify: the rep's own judgement of the lead. */
export function LeadControls({ stage, temperature, doNotContact, onPatch }: Props) {
  return (
    <div className="lead-controls">
      <label>
        Stage
        <select value={stage} data-testid="stage" onChange={(e) => onPatch({ stage: e.target.value as Stage })}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Temperature
        <select
          value={temperature ?? ''}
          data-testid="temperature"
          onChange={(e) => onPatch({ temperature: (e.target.value || null) as Temperature | null })}
        >
          <option value="">unknown</option>
          {TEMPERATURES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={doNotContact}
          data-testid="do-not-contact"
          onChange={(e) => onPatch({ doNotContact: e.target.checked })}
        />
        Do not contact
      </label>
      {stage !== 'disqualified' && (
        <button type="button" className="quiet" onClick={() => onPatch({ stage: 'disqualified' })}>
          Disqualify
        </button>
      )}
    </div>
  );
}
