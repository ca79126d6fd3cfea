import { describe, expect, it } from 'vitest';
import * as make from '@/test/factories';
import { DEFAULT_SETTINGS } from '@/model';
import { leadsToCsv } from './csv';
import { parseCsv } from './csv-test-helpers';
import { csvRows } from './export-csv';
import { stored } from './stored';

// One person across X and LinkedIn is one CSV row (issue #15): one CRM contact with both profiles
// and the person's one cadence, named by the person's touchline_id.
const NOW = new Date('2026-11-10T10:00:00Z');
const x = stored(make.lead({ id: 'x:2244994945', displayName: 'Jane Doe', personId: 'x:2244994945' }));
const li = stored(
  make.lead({
    id: 'linkedin:jane-doe',
    platform: 'linkedin',
    platformUserId: null,
    handle: 'jane-doe',
    displayName: 'Jane Doe',
    profileUrl: 'https://www.linkedin.com/in/jane-doe',
    personId: 'x:2244994945',
  }),
);
const solo = stored(make.lead({ id: 'x:7', handle: 'solo', profileUrl: 'https://x.com/solo' }));
const touches = [
  make.touch({ id: 't1', leadId: 'x:2244994945', channel: 'x_dm', at: '2026-11-02T10:00:00.000Z' }),
  make.touch({ id: 't2', leadId: 'linkedin:jane-doe', channel: 'linkedin_message', at: '2026-11-05T10:00:00.000Z' }),
];
const csv = (preset: 'default' | 'hubspot') =>
  // In id order, as the background reads them: the LinkedIn lead comes first, the row is still X's.
  parseCsv(leadsToCsv([...csvRows([li, solo, x], touches, DEFAULT_SETTINGS.cadence, NOW)], preset));

describe('a linked person in the CSV', () => {
  it('default: one row for the person, the other profile last, the touches of both counted', () => {
    const [header, ...rows] = csv('default');
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.map((r) => r[col('id')])).toEqual(['x:2244994945', 'x:7']);
    expect(rows[0]?.[col('other_profile_urls')]).toBe('https://www.linkedin.com/in/jane-doe');
    expect(rows[0]?.[col('touches_used')]).toBe('2');
    expect(rows[0]?.[col('touchline_id')]).toBe('x:2244994945');
    expect(rows[1]?.[col('other_profile_urls')]).toBe('');
  });

  it('HubSpot: one contact with the X username and the LinkedIn URL', () => {
    const [header, ...rows] = csv('hubspot');
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows).toHaveLength(2);
    expect([rows[0]?.[col('Twitter Username')], rows[0]?.[col('LinkedIn URL')]]).toEqual([
      'XDevelopers',
      'https://www.linkedin.com/in/jane-doe',
    ]);
  });
});
