import type { CsvPreset } from '@/model';
import { plural } from './format';

interface Props {
  preset: CsvPreset;
  onPreset: (preset: CsvPreset) => void;
  shown: number;
  total: number;
  busy: boolean;
  onExport: (scope: 'filter' | 'all') => void;
}

/** CSV export of what the filter shows, or of everything, as the default or HubSpot columns. */
export function ExportBar({ preset, onPreset, shown, total, busy, onExport }: Props) {
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
