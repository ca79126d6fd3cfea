import { formatDuration, plural } from './format';

interface Props {
  result: { medianMs: number; leads: number } | null;
}

/** Median time from first signal to first touch over the last 30 days' new leads. */
export function SpeedToLead({ result }: Props) {
  return (
    <section className="card" aria-labelledby="speed-title" data-testid="speed-to-lead">
      <h2 id="speed-title">Speed to lead</h2>
      {result ? (
        <>
          <p className="big">{formatDuration(result.medianMs)}</p>
          <p className="muted">
            median from first signal to first touch, over {plural(result.leads, 'lead')} first seen in the last 30 days
          </p>
        </>
      ) : (
        <>
          <p className="big">no data</p>
          <p className="muted">No lead first seen in the last 30 days has been touched yet.</p>
        </>
      )}
    </section>
  );
}
