import type { Lead } from './lead';

/** Column sets of a CSV export: see docs/csv.md. */
export const CSV_PRESETS = ['default', 'hubspot'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

/** One lead to export, with the cadence fields the caller computed at export time. */
export interface CsvLeadRow {
  lead: Lead;
  /** The person's other leads (issue #15): one row per person, with every profile. */
  others?: readonly Lead[];
  touchesUsed: number;
  lastTouchAt: string | null;
  cadenceState: string;
}
