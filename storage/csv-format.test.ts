import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks, leadsToCsv, type CsvLeadRow } from './csv';
import { parseCsv, row } from './csv-test-helpers';
import * as make from '@/test/factories';

/** The line endings found outside quoted fields, in order (a minimal RFC 4180 scanner). */
function recordEndings(csv: string): string[] {
  const endings: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\r' || c === '\n')) {
      const ending = c === '\r' && csv[i + 1] === '\n' ? '\r\n' : c;
      endings.push(ending);
      i += ending.length - 1;
    }
  }
  return endings;
}

const DEFAULT_HEADER = [
  'id',
  'platform',
  'handle',
  'display_name',
  'headline',
  'profile_url',
  'stage',
  'temperature',
  'do_not_contact',
  'signals',
  'first_signal',
  'first_seen_at',
  'last_signal_at',
  'touches_used',
  'last_touch_at',
  'cadence_status',
  'tags',
  'notes',
  'location',
  'followers_count',
  'aliases',
  'touchline_id',
  'other_profile_urls',
];

const HUBSPOT_HEADER = [
  'First Name',
  'Last Name',
  'Job Title',
  'Twitter Username',
  'LinkedIn URL',
  'Lifecycle Stage',
  'Lead Status',
  'Do Not Contact',
  'Notes',
  'touchline_id',
];

describe('encoding and framing', () => {
  it('starts with the UTF-8 BOM bytes EF BB BF, then the header', () => {
    const csv = leadsToCsv([row(make.lead())], 'default');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1, 4)).toBe('id,');
  });

  it('ends every record with CRLF, the last one included, even with newlines inside fields', () => {
    const rows = [
      row(make.lead({ notes: 'one\ntwo' })),
      row(make.lead({ id: 'x:2', notes: 'three\rfour' })),
      row(make.lead({ id: 'x:3', notes: 'five\r\nsix' })),
    ];
    for (const preset of ['default', 'hubspot'] as const) {
      const csv = leadsToCsv(rows, preset);
      expect(recordEndings(csv)).toEqual(['\r\n', '\r\n', '\r\n', '\r\n']);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(parseCsv(csv).map((r) => r.at(preset === 'default' ? 17 : 8))).toEqual([
        preset === 'default' ? 'notes' : 'Notes',
        'one\ntwo',
        'three\rfour',
        'five\r\nsix',
      ]);
    }
  });

  it('writes only the BOM and the header when there are no leads', () => {
    expect([...csvChunks([], 'hubspot')]).toEqual([`\uFEFF${HUBSPOT_HEADER.join(',')}\r\n`]);
  });
});

describe('headers', () => {
  it('default preset: the documented column list, in order', () => {
    expect(parseCsv(leadsToCsv([], 'default'))).toEqual([DEFAULT_HEADER]);
    const whole = readFileSync(new URL('../docs/csv.md', import.meta.url), 'utf8');
    const doc = whole.slice(whole.indexOf('## Default preset'), whole.indexOf('## HubSpot preset'));
    const documented = [...doc.matchAll(/^\|\s*\d+\s*\|\s*`([a-z_]+)`\s*\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(DEFAULT_HEADER);
  });

  it('hubspot preset: HubSpot contact import labels', () => {
    expect(parseCsv(leadsToCsv([], 'hubspot'))).toEqual([HUBSPOT_HEADER]);
  });
});

describe('chunks', () => {
  const many = Array.from({ length: 5001 }, (_, i) => row(make.lead({ id: `x:${i + 1}`, notes: `n\n${i}` })));

  it('splits 5,001 leads into chunks of 2,000 that join into leadsToCsv', () => {
    const chunks = [...csvChunks(many, 'default', 2000)];
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(leadsToCsv(many, 'default'));
    expect(chunks[0]?.startsWith('\uFEFFid,platform,')).toBe(true);
    expect(chunks.slice(1).some((c) => c.startsWith('\uFEFF') || c.includes('display_name'))).toBe(false);
    for (const chunk of chunks) expect(chunk.endsWith('\r\n')).toBe(true);
    const records = parse(chunks.join(''), { bom: true, relax_column_count: false, columns: true });
    expect(records).toHaveLength(5001);
    expect(records[5000]).toMatchObject({ id: 'x:5001', notes: 'n\n5000' });
  });

  it('reads the rows lazily, one chunk at a time', () => {
    let pulled = 0;
    function* counted(): Generator<CsvLeadRow> {
      for (const r of many) {
        pulled++;
        yield r;
      }
    }
    const chunks = csvChunks(counted(), 'hubspot', 2000);
    chunks.next();
    expect(pulled).toBe(2000);
  });

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => csvChunks([], 'default', 0).next()).toThrow(RangeError);
    expect(() => csvChunks([], 'default', 1.5).next()).toThrow(RangeError);
  });
});
