import { falseCountText } from './false-count';

interface Props {
  /** How many leads in New triage calls likely false. */
  likelyFalse: number;
  hide: boolean;
  onToggle: (hide: boolean) => void;
}

/** Over New: the switch that hides likely false leads, with how many it hides (never deletes). */
export function NewFilter({ likelyFalse, hide, onToggle }: Props) {
  if (likelyFalse === 0 && !hide) return null;
  return (
    <div className="new-filter">
      <label>
        <input type="checkbox" checked={hide} onChange={(e) => onToggle(e.target.checked)} data-testid="hide-false" />{' '}
        Hide likely false
      </label>
      <span className="hint" data-testid="false-count">
        {falseCountText(likelyFalse, hide)}
      </span>
    </div>
  );
}
