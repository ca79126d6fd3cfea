import { useState } from 'react';
import type { CadenceState } from '@/cadence';
import { STAGES, TEMPERATURES, type Lead, type Stage, type Temperature, type Touch } from '@/model';
import { CADENCE_LABEL, PLATFORM_LABEL, safeProfileUrl, STAGE_LABEL } from './format';
import { EarlierValues, SignalList, TouchList } from './drawer-history';
import { NotesEditor } from './notes-editor';
import { PersonProfiles } from './person-profiles';

/** What the drawer may change on a lead: `lead.update`'s patch. */
export interface LeadPatch {
  stage?: Stage;
  temperature?: Temperature | null;
  doNotContact?: boolean;
  notes?: string;
  addTag?: string;
}

interface Props {
  lead: Lead;
  touches: readonly Touch[] | undefined;
  cadence: CadenceState;
  now: Date;
  onPatch: (patch: LeadPatch) => Promise<void>;
  onForget: () => void;
  onClose: () => void;
  /** The person's other leads (issue #15), none when the lead is its own. */
  others?: readonly Lead[];
  onUnlink?: (leadId: string) => void;
}

/** One lead in full: who, stage, signals, touches, notes, tags, do-not-contact. */
export function LeadDrawer(props: Props) {
  const { lead, touches, cadence, now, onPatch, onForget, onClose } = props;
  const [tag, setTag] = useState('');
  const url = safeProfileUrl(lead.profileUrl);
  const handle = lead.handle ? (lead.platform === 'x' ? `@${lead.handle}` : lead.handle) : '';
  return (
    <aside className="drawer" aria-labelledby="drawer-title" data-testid="lead-drawer" data-lead-id={lead.id}>
      <header>
        <h2 id="drawer-title" className="text clip">
          {lead.displayName || handle || lead.id}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close" data-testid="drawer-close">
          ✕
        </button>
      </header>
      <p className="muted text clip">
        {PLATFORM_LABEL[lead.platform]} · {handle}
        {url ? (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noreferrer noopener">
              profile
            </a>
          </>
        ) : null}
      </p>
      {lead.headline ? <p className="headline text">{lead.headline}</p> : null}
      {props.others && props.onUnlink ? <PersonProfiles others={props.others} onUnlink={props.onUnlink} /> : null}
      <div className="grid2">
        <label className="field">
          <span>Stage</span>
          <select
            value={lead.stage}
            onChange={(e) => void onPatch({ stage: STAGES.find((s) => s === e.target.value) ?? lead.stage })}
            data-testid="drawer-stage"
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Temperature</span>
          <select
            value={lead.temperature ?? ''}
            onChange={(e) => void onPatch({ temperature: TEMPERATURES.find((t) => t === e.target.value) ?? null })}
          >
            <option value="">not set</option>
            {TEMPERATURES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check-line">
        <input
          type="checkbox"
          checked={lead.doNotContact}
          onChange={(e) => void onPatch({ doNotContact: e.target.checked })}
          data-testid="drawer-dnc"
        />
        Do not contact (stays so through every capture and import)
      </label>
      <p>
        Cadence: <strong>{CADENCE_LABEL[cadence]}</strong>
      </p>
      <section>
        <h3>Tags</h3>
        <ul className="tags">
          {lead.tags.map((t) => (
            <li key={t} className="tag text">
              {t}
            </li>
          ))}
        </ul>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (tag.trim()) void onPatch({ addTag: tag.trim() }).then(() => setTag(''));
          }}
        >
          <input value={tag} onChange={(e) => setTag(e.target.value)} placeholder="New tag" maxLength={100} />
          <button type="submit" disabled={!tag.trim()}>
            Add tag
          </button>
        </form>
      </section>
      <NotesEditor key={lead.id} notes={lead.notes} onSave={(notes) => onPatch({ notes })} />
      {/* A person's signals on every platform, in one history (issue #15). */}
      <SignalList signals={[lead, ...(props.others ?? [])].flatMap((l) => l.signals)} now={now} />
      <TouchList touches={touches} now={now} />
      <EarlierValues history={lead.history} now={now} />
      <button type="button" className="danger" onClick={onForget} data-testid="drawer-forget">
        Forget this person
      </button>
    </aside>
  );
}
