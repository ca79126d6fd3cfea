import type { CsvPreset } from '@/model';
import { plural } from './format';

interface Props {
  preset: CsvPreset;
  onPreset: (preset: CsvPreset) => void;
  shown: number;
  total: number;
  busy: boolean;
  /** When CSV was last exported (ISO), if ever: "only changed since" needs it. */
  lastExportAt: string | undefined;
  onlyChanged: boolean;
  onOnlyChanged: (on: boolean) => void;
  onExport: (scope: 'filter' | 'all') => void;
}

const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString('en', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** CSV export of what the filter shows, or of everything, as the default or HubSpot columns. */
export function ExportBar(props: Props) {
  const { preset, onPreset, shown, total, busy, lastExportAt, onlyChanged, onOnlyChanged, onExport } = props;
  return (
    <div className="export" aria-label="Export">
      <label className="field">
        <span>CSV columns</span>
        <select
          value={preset}
          onChange={(e) => onPreset(e.target.value === 'hubspot' ? 'hubspot' : 'default')}
          data-testid="csv-preset"
        >
          <option value="default">Touchline (default)</option>
          <option value="hubspot">HubSpot import</option>
        </select>
      </label>
      <label
        className="check-line export-since"
        title="For a CRM that already has the rest: rows keep their touchline_id"
      >
        <input
          type="checkbox"
          checked={onlyChanged}
          disabled={lastExportAt === undefined}
          onChange={(e) => onOnlyChanged(e.target.checked)}
          data-testid="csv-only-changed"
        />
        <span>
          Only changed since the last export
          {lastExportAt ? ` (${formatWhen(lastExportAt)})` : ' (none yet)'}
        </span>
      </label>
      <button
        type="button"
        disabled={busy || shown === 0}
        onClick={() => onExport('filter')}
        title={`${plural(shown, 'lead')}`}
        data-testid="export-csv"
      >
        Export CSV (current filter)
      </button>
      <button
        type="button"
        disabled={busy || total === 0}
        onClick={() => onExport('all')}
        title={`${plural(total, 'lead')}`}
        data-testid="export-csv-all"
      >
        Export CSV (all)
      </button>
    </div>
  );
}
