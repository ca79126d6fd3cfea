import type { Lead } from '@/model';
import { PLATFORM_LABEL, safeProfileUrl } from './format';

interface Props {
  others: readonly Lead[];
  onUnlink: (leadId: string) => void;
}

/** The person's other profiles (issue #15), each with its link and a way to take it back out. */
export function PersonProfiles({ others, onUnlink }: Props) {
  if (others.length === 0) return null;
  return (
    <section data-testid="person-profiles">
      <h3>Same person</h3>
      <ul className="profiles">
        {others.map((l) => {
          const url = safeProfileUrl(l.profileUrl);
          return (
            <li key={l.id} data-lead-id={l.id}>
              <span className="text clip">
                {PLATFORM_LABEL[l.platform]} · {l.displayName || l.handle || l.id}
              </span>{' '}
              {url ? (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  profile
                </a>
              ) : null}{' '}
              <button type="button" className="link" onClick={() => onUnlink(l.id)} data-testid="person-unlink">
                Unlink
              </button>
            </li>
          );
        })}
      </ul>
      <p className="muted">One cadence: touches on any of these profiles count together.</p>
    </section>
  );
}
