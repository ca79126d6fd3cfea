import { PLATFORMS, SIGNAL_KINDS, STAGES, TEMPERATURES } from '@/model';
import { CADENCE_LABEL, PLATFORM_LABEL, SIGNAL_LABEL, STAGE_LABEL } from './format';

/** The filter controls' values as typed: '' means "any". */
export interface FilterForm {
  platform: string;
  stage: string;
  temperature: string;
  signal: string;
  cadence: string;
  from: string;
  to: string;
  text: string;
  /** Triage: a minimum fit, likely false or not, a suggested temperature. */
  fit: string;
  triage: string;
  suggested: string;
}

export const EMPTY_FILTER: FilterForm = {
  platform: '',
  stage: '',
  temperature: '',
  signal: '',
  cadence: '',
  from: '',
  to: '',
  text: '',
  fit: '',
  triage: '',
  suggested: '',
};

interface Props {
  value: FilterForm;
  onChange: (next: FilterForm) => void;
}

type Options = readonly (readonly [value: string, label: string])[];

const PLATFORM_OPTIONS: Options = PLATFORMS.map((p) => [p, PLATFORM_LABEL[p]]);
const STAGE_OPTIONS: Options = STAGES.map((s) => [s, STAGE_LABEL[s]]);
const TEMPERATURE_OPTIONS: Options = [...TEMPERATURES.map((t) => [t, t] as const), ['none', 'not set']];
const SIGNAL_OPTIONS: Options = SIGNAL_KINDS.map((k) => [k, SIGNAL_LABEL[k] ?? k]);
const CADENCE_OPTIONS: Options = Object.entries(CADENCE_LABEL);
const FIT_OPTIONS: Options = [
  ['75', '75 or more'],
  ['50', '50 or more'],
  ['25', '25 or more'],
];
const TRIAGE_OPTIONS: Options = [
  ['false', 'Likely false'],
  ['real', 'Not likely false'],
];

/** Search and filters above the lead table. */
export function FilterBar({ value, onChange }: Props) {
  const set = (key: keyof FilterForm) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  const select = (key: keyof FilterForm, label: string, options: Options, testId?: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value[key]} onChange={set(key)} data-testid={testId}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.values(value).some((v) => v !== '');
  return (
    <div className="filters" role="search">
      <label className="field grow">
        <span>Search</span>
        <input
          type="search"
          placeholder="Name, handle or headline"
          value={value.text}
          onChange={set('text')}
          data-testid="search"
          maxLength={200}
        />
      </label>
      {select('platform', 'Platform', PLATFORM_OPTIONS, 'filter-platform')}
      {select('stage', 'Stage', STAGE_OPTIONS, 'filter-stage')}
      {select('temperature', 'Temperature', TEMPERATURE_OPTIONS, 'filter-temperature')}
      {select('signal', 'Signal', SIGNAL_OPTIONS, 'filter-signal')}
      {select('cadence', 'Cadence', CADENCE_OPTIONS, 'filter-cadence')}
      {select('fit', 'Fit', FIT_OPTIONS, 'filter-fit')}
      {select('triage', 'Triage', TRIAGE_OPTIONS, 'filter-triage')}
      {select('suggested', 'Suggested', TEMPERATURE_OPTIONS, 'filter-suggested')}
      <div className="range" role="group" aria-label="First seen">
        <label className="field">
          <span>First seen from</span>
          <input type="date" value={value.from} onChange={set('from')} data-testid="filter-from" />
        </label>
        <label className="field">
          <span>to</span>
          <input type="date" value={value.to} onChange={set('to')} data-testid="filter-to" />
        </label>
      </div>
      <button type="button" className="clear" disabled={!active} onClick={() => onChange(EMPTY_FILTER)}>
        Clear
      </button>
    </div>
  );
}
