import { useState } from 'react';

export interface TouchRowModel {
  id: string;
  channel: string;
  when: string;
  iso: string;
  note: string;
  valueProp: string;
  outcome: 'no_reply' | 'replied' | 'bounced';
  lastAttempt: boolean;
}

interface Props {
  touches: readonly TouchRowModel[];
  onReplied: (id: string) => void;
  onDelete: (id: string) => void;
}

const OUTCOME = { no_reply: 'no reply', replied: 'replied', bounced: 'bounced' } as const;

/**
 * Earlier touches, newest first, so the next message can refer to them. Delete asks twice:
 * a touch deleted by mistake changes where the cadence stands.
 */
export function TouchHistory({ touches, onReplied, onDelete }: Props) {
  const [armed, setArmed] = useState<string | null>(null);
  if (touches.length === 0) return null;
  return (
    <section className="history" aria-label="Earlier touches">
      <h3>Earlier touches</h3>
      <ol data-testid="touch-history">
        {touches.map((t) => (
          <li key={t.id} className="touch" data-testid="touch" data-touch-id={t.id}>
            <div className="touch-top">
              <span>{t.channel}</span>
              <time dateTime={t.iso}>{t.when}</time>
              <span className={`outcome ${t.outcome}`}>{OUTCOME[t.outcome]}</span>
              {t.lastAttempt && <span className="tag warn">last attempt</span>}
            </div>
            {t.valueProp && <div className="vp">Value: {t.valueProp}</div>}
            {t.note && <div className="note">{t.note}</div>}
            <div className="touch-actions">
              {t.outcome !== 'replied' && (
                <button type="button" onClick={() => onReplied(t.id)} data-testid="mark-replied">
                  Mark replied
                </button>
              )}
              <button
                type="button"
                className="quiet"
                onClick={() => (armed === t.id ? onDelete(t.id) : setArmed(t.id))}
                onBlur={() => setArmed(null)}
                data-testid="delete-touch"
              >
                {armed === t.id ? 'Really delete?' : 'Delete'}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
