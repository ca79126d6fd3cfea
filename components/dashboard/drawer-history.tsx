import type { Lead, Signal, Touch } from '@/model';
import { ago, SIGNAL_LABEL } from './format';

const CHANNEL_LABEL: Record<Touch['channel'], string> = {
  x_dm: 'X DM',
  linkedin_message: 'LinkedIn message',
  email: 'Email',
  phone: 'Phone',
  other: 'Other',
};

const OUTCOME_LABEL: Record<Touch['outcome'], string> = {
  no_reply: 'no reply',
  replied: 'replied',
  bounced: 'bounced',
};

/** The lead's signals, newest first, each with its source and time. */
export function SignalList({ signals, now }: { signals: readonly Signal[]; now: Date }) {
  const sorted = [...signals].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section>
      <h3>Signals</h3>
      {sorted.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="history" data-testid="drawer-signals">
          {sorted.map((s, i) => (
            <li key={`${s.at}-${s.kind}-${i}`}>
              <strong>{SIGNAL_LABEL[s.kind] ?? s.kind}</strong> <span className="muted">via {s.source}</span>{' '}
              <time dateTime={s.at} title={s.at}>
                {ago(s.at, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Touches logged with this lead, oldest first (touch 1, 2, …), as the cadence counts them. */
export function TouchList({ touches, now }: { touches: readonly Touch[] | undefined; now: Date }) {
  return (
    <section>
      <h3>Touches</h3>
      {touches === undefined ? (
        <p className="muted">Loading…</p>
      ) : touches.length === 0 ? (
        <p className="muted">No touch yet.</p>
      ) : (
        <ol className="history" data-testid="drawer-touches">
          {touches.map((t) => (
            <li key={t.id}>
              <strong>{CHANNEL_LABEL[t.channel]}</strong>{' '}
              <time dateTime={t.at} title={t.at}>
                {ago(t.at, now)}
              </time>{' '}
              · {OUTCOME_LABEL[t.outcome]}
              {t.lastAttempt ? ' · last attempt' : ''}
              {t.valueProp ? <div className="text clip">Value: {t.valueProp}</div> : null}
              {t.note ? <div className="note text">{t.note}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const FIELD_LABEL: Record<NonNullable<Lead['history']>[number]['field'], string> = {
  handle: 'Handle',
  displayName: 'Name',
  profileUrl: 'Profile URL',
  avatarUrl: 'Avatar',
};

/** Earlier names, handles and links a page replaced (issue #13), newest first: a wrong one is recoverable. */
export function EarlierValues({ history, now }: { history: Lead['history']; now: Date }) {
  if (!history?.length) return null;
  return (
    <section>
      <h3>Earlier values</h3>
      <ul className="history" data-testid="drawer-earlier">
        {[...history].reverse().map((h, i) => (
          <li key={`${h.at}-${h.field}-${i}`}>
            <strong>{FIELD_LABEL[h.field]}</strong> <span className="text clip">{h.from}</span>{' '}
            <time dateTime={h.at} title={h.at}>
              {ago(h.at, now)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
