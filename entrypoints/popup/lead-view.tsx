import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CadencePanel } from '@/components/popup/cadence-panel';
import { LeadControls, type LeadPatch } from '@/components/popup/lead-controls';
import { LeadHeader } from '@/components/popup/lead-header';
import { PersonLine } from '@/components/popup/person-line';
import { TouchHistory } from '@/components/popup/touch-history';
import { call } from '@/entrypoints/shared/api';
import { db } from '@/storage/db';
import { cadenceLine } from './cadence-line';
import { channelLabel, handleLabel, nameOf, platformLabel } from './labels';
import { touchTime } from './touch-time';
import { TouchSection } from './touch-section';
import { useLeadCadence } from './use-lead-cadence';

/** One lead: who, where the cadence stands, the touch form and the earlier touches. */
export function LeadView({ id, now, onBack }: { id: string; now: Date; onBack: () => void }) {
  const lead = useLiveQuery(
    () =>
      db()
        .leads.get(id)
        .then((l) => l ?? null),
    [id],
  );
  const cadence = useLeadCadence(lead, now);
  const [error, setError] = useState<string | null>(null);
  if (lead === null) {
    return (
      <section className="lead-view" data-testid="lead-view">
        <p className="empty">This lead is gone (deleted elsewhere).</p>
        <button type="button" onClick={onBack}>
          Back
        </button>
      </section>
    );
  }
  if (!lead || !cadence) return <section className="lead-view" data-testid="lead-view" aria-busy="true" />;

  const act = (type: Parameters<typeof call>[0], payload: Record<string, unknown>) =>
    void call(type, payload).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const { status } = cadence;
  const blocked = lead.doNotContact || lead.stage === 'disqualified';
  const touches = [...cadence.touches]
    .reverse()
    .map((t) => ({ ...t, channel: channelLabel(t.channel), iso: t.at, when: touchTime(t.at) }));
  return (
    <section className="lead-view" data-testid="lead-view" data-lead-id={lead.id}>
      <LeadHeader
        name={nameOf(lead)}
        handle={handleLabel(lead)}
        headline={lead.headline}
        platform={platformLabel(lead.platform)}
        profileUrl={lead.profileUrl}
        onBack={onBack}
      />
      <PersonLine
        others={cadence.others.map((o) => ({
          id: o.id,
          label: handleLabel(o) || nameOf(o),
          platform: platformLabel(o.platform),
          profileUrl: o.profileUrl,
        }))}
        onUnlink={(leadId) => act('person.unlink', { leadId })}
      />
      <LeadControls
        stage={lead.stage}
        temperature={lead.temperature}
        doNotContact={lead.doNotContact}
        onPatch={(patch: LeadPatch) => act('lead.update', { leadIds: [lead.id], patch })}
      />
      <p className="error" role="alert" data-testid="lead-error">
        {error ?? ''}
      </p>
      <CadencePanel
        line={cadenceLine(status, lead, cadence.now)}
        lastAttempt={status.state === 'last_attempt' && !blocked}
        canRestart={!blocked && (status.state === 'ended' || lead.stage === 'nurture')}
        onRestart={(reason) => act('cadence.restart', { leadId: lead.id, reason })}
      />
      {blocked ? (
        <p className="callout">
          {lead.doNotContact ? 'Marked do-not-contact' : 'Disqualified'}: no touches are logged for this lead.
        </p>
      ) : (
        <TouchSection key={lead.id} lead={lead} cadence={cadence} />
      )}
      <TouchHistory
        touches={touches}
        onReplied={(touchId) => act('touch.outcome', { touchId, outcome: 'replied' })}
        onDelete={(touchId) => act('touch.delete', { touchId })}
      />
    </section>
  );
}
