import { memo } from 'react';
import type { CadenceState } from '@/cadence';
import type { Lead } from '@/model';
import { ago, CADENCE_LABEL, day, PLATFORM_LABEL, STAGE_LABEL } from './format';

export const ROW_HEIGHT = 44;

interface Props {
  lead: Lead;
  index: number;
  top: number;
  cadence: CadenceState;
  selected: boolean;
  open: boolean;
  onToggle: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
  now: Date;
}

/** The rep's temperature; without one, triage's suggestion, marked as such, with its reason. */
function TemperatureCell({ lead }: { lead: Lead }) {
  const suggested = lead.triage?.suggestedTemperature;
  if (lead.temperature || !suggested)
    return (
      <span role="gridcell" className={`temp temp-${lead.temperature ?? 'none'}`}>
        {lead.temperature ?? '—'}
      </span>
    );
  return (
    <span
      role="gridcell"
      className={`temp temp-${suggested} suggested`}
      title={`Suggested: ${lead.triage?.temperatureReason ?? 'from behaviour'}`}
    >
      {suggested}?
    </span>
  );
}

/** One lead in the table. Names and headlines are page text: rendered as text, isolated, clipped. */
export const LeadRow = memo(function LeadRow({
  lead,
  index,
  top,
  cadence,
  selected,
  open,
  onToggle,
  onOpen,
  now,
}: Props) {
  const handle = lead.handle ? (lead.platform === 'x' ? `@${lead.handle}` : lead.handle) : '';
  return (
    <div
      className={`row${selected ? ' selected' : ''}${open ? ' open' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={0}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      data-testid="lead-row"
      data-lead-id={lead.id}
      onClick={() => onOpen(lead.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen(lead.id);
        if (e.key === ' ' && e.target === e.currentTarget) {
          e.preventDefault();
          onToggle(lead.id, !selected);
        }
      }}
    >
      <span role="gridcell" className="check" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          aria-label="Select"
          checked={selected}
          onChange={(e) => onToggle(lead.id, e.target.checked)}
          data-testid="row-select"
        />
      </span>
      <span role="gridcell" className="who">
        <span className="name text">{lead.displayName || handle || lead.id}</span>
        {lead.triage?.likelyFalse ? (
          <span className="chip" title={lead.triage.reasons.join('; ')} data-testid="false-chip">
            likely false
          </span>
        ) : null}
        <span className="sub text">
          {handle}
          {lead.headline ? ` · ${lead.headline.slice(0, 300)}` : ''}
        </span>
      </span>
      <span role="gridcell">
        <span className={`pill platform-${lead.platform}`}>{PLATFORM_LABEL[lead.platform]}</span>
      </span>
      <span role="gridcell" className="stage" data-stage={lead.stage}>
        {STAGE_LABEL[lead.stage]}
        {lead.doNotContact ? (
          <span className="dnc" title="Do not contact">
            {' '}
            ⊘
          </span>
        ) : null}
      </span>
      <TemperatureCell lead={lead} />
      <span role="gridcell" className={`cadence cadence-${cadence}`}>
        {CADENCE_LABEL[cadence]}
      </span>
      <span role="gridcell">
        <time dateTime={lead.firstSeenAt}>{day(lead.firstSeenAt)}</time>
      </span>
      <span role="gridcell" className="muted">
        <time dateTime={lead.lastSignalAt}>{ago(lead.lastSignalAt, now)}</time>
      </span>
    </div>
  );
});
