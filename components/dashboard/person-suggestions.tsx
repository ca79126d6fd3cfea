import type { Suggestion } from '@/people';
import type { Lead } from '@/model';
import { plural, PLATFORM_LABEL } from './format';

interface Props {
  shown: readonly Suggestion[];
  total: number;
  byId: ReadonlyMap<string, Lead>;
  onLink: (leadIds: [string, string]) => void;
  onDismiss: (leadIds: [string, string]) => void;
}

const who = (lead: Lead | undefined) =>
  lead ? `${lead.displayName || lead.handle || lead.id} (${PLATFORM_LABEL[lead.platform]})` : '?';

/**
 * "Same person?" (issue #15): leads on X and LinkedIn that look like one person, each with its
 * evidence. Nothing is linked until the rep says so; "Not the same" is remembered.
 */
export function PersonSuggestions({ shown, total, byId, onLink, onDismiss }: Props) {
  if (total === 0) return null;
  return (
    <section className="card" aria-labelledby="same-person-title" data-testid="person-suggestions">
      <h2 id="same-person-title">Same person?</h2>
      <p className="muted">{plural(total, 'pair')} on X and LinkedIn look like one person.</p>
      <ul className="suggestions">
        {shown.map((s) => (
          <li key={s.leadIds.join(' ')} data-testid="suggestion" data-lead-ids={s.leadIds.join(' ')}>
            <span className="text clip">
              {who(byId.get(s.leadIds[0]))} and {who(byId.get(s.leadIds[1]))}
            </span>
            <span className={`muted strength-${s.strength}`}>
              {s.strength}: {s.reason}
            </span>
            <span className="inline">
              <button type="button" onClick={() => onLink(s.leadIds)} data-testid="suggestion-link">
                Link
              </button>
              <button
                type="button"
                className="link"
                onClick={() => onDismiss(s.leadIds)}
                data-testid="suggestion-dismiss"
              >
                Not the same
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
