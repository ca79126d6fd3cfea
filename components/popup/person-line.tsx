import { safeProfileUrl } from '@/model';

interface Props {
  /** The person's other profiles, worded by the page. */
  others: readonly { id: string; label: string; platform: string; profileUrl: string }[];
  onUnlink: (leadId: string) => void;
}

/** The lead's person (issue #15): its other profiles, one cadence over all of them, and unlink. */
export function PersonLine({ others, onUnlink }: Props) {
  if (others.length === 0) return null;
  return (
    <div className="person-line" data-testid="person-line">
      Same person:{' '}
      {others.map((o) => {
        const url = safeProfileUrl(o.profileUrl);
        return (
          <span key={o.id} className="person-other">
            <span className="handle">{o.label}</span> ·{' '}
            {url ? (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {o.platform}
              </a>
            ) : (
              o.platform
            )}{' '}
            <button type="button" className="link" onClick={() => onUnlink(o.id)} data-testid="person-unlink">
              Unlink
            </button>
          </span>
        );
      })}
      <span className="hint"> · touches on either count as one cadence</span>
    </div>
  );
}
