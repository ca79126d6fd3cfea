import type { Stage } from '@/model';
import { STAGE_LABEL } from './format';

interface Props {
  counts: readonly { stage: Stage; count: number }[];
  onPick: (stage: Stage) => void;
}

/** Leads per stage; a bar's width is its share of the largest stage. Clicking filters the table. */
export function Funnel({ counts, onPick }: Props) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section className="card" aria-labelledby="funnel-title" data-testid="funnel">
      <h2 id="funnel-title">Funnel</h2>
      <ol className="funnel">
        {counts.map(({ stage, count }) => (
          <li key={stage} data-stage={stage}>
            <button
              type="button"
              className="funnel-row"
              onClick={() => onPick(stage)}
              title={`Show ${STAGE_LABEL[stage]}`}
            >
              <span className="label">{STAGE_LABEL[stage]}</span>
              <span className="bar" aria-hidden="true">
                <span className={`fill stage-${stage}`} style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="n" data-testid={`funnel-${stage}`}>
                {count.toLocaleString('en')}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
