import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks, guardCell, leadsToCsv, type CsvLeadRow } from './csv';
import { STAGES, type Lead } from '@/model';
import * as make from '@/test/factories';

// Leads are the factory's default lead (test/factories.ts): the expected cells below are its fields.
function row(lead: Lead, extra: Partial<Omit<CsvLeadRow, 'lead'>> = {}): CsvLeadRow {
  return { lead, touchesUsed: 0, lastTouchAt: null, cadenceState: 'not_started', ...extra };
}

/** Parses the way the brief's importer would: BOM stripped, every record the header's width. */
function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false });
}

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
  'Touchline ID',
];

/** The default-preset cells of the single lead in `csv`, by header name. */
function onlyRecord(csv: string): Record<string, string | undefined> {
  const [header, record, ...rest] = parseCsv(csv);
  expect(rest).toEqual([]);
  return Object.fromEntries((header ?? []).map((name, i) => [name, record?.[i]]));
}

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
    const doc = readFileSync(new URL('../docs/csv.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\|\s*\d+\s*\|\s*`([a-z_]+)`\s*\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(DEFAULT_HEADER);
  });

  it('hubspot preset: HubSpot contact import labels', () => {
    expect(parseCsv(leadsToCsv([], 'hubspot'))).toEqual([HUBSPOT_HEADER]);
  });
});

describe('formula-injection guard', () => {
  const GUARDED = [
    ['=', 'EQUALS SIGN'],
    ['+', 'PLUS SIGN'],
    ['-', 'HYPHEN-MINUS'],
    ['@', 'COMMERCIAL AT'],
    ['\t', 'TAB'],
    ['\r', 'CR'],
    ['\uFF1D', 'FULLWIDTH EQUALS SIGN'],
    ['\uFF0B', 'FULLWIDTH PLUS SIGN'],
    ['\uFF0D', 'FULLWIDTH HYPHEN-MINUS'],
    ['\uFF20', 'FULLWIDTH COMMERCIAL AT'],
  ] as const;

  it.each(GUARDED)('prefixes a cell starting with %j (%s) with one quote', (c) => {
    const lead = make.lead({
      displayName: `${c}SUM(1+1)`,
      headline: `${c}HYPERLINK("http://evil.example","x")`,
      notes: `${c}cmd|' /C calc'!A0`,
      tags: [`${c}tag`, 'plain'],
    });
    const cells = onlyRecord(leadsToCsv([row(lead)], 'default'));
    expect(cells.display_name).toBe(`'${c}SUM(1+1)`);
    expect(cells.headline).toBe(`'${c}HYPERLINK("http://evil.example","x")`);
    expect(cells.notes).toBe(`'${c}cmd|' /C calc'!A0`);
    expect(cells.tags).toBe(`'${c}tag; plain`);
    expect(cells.id).toBe('x:2244994945');
  });

  it('leaves cells alone unless their first character is a trigger', () => {
    const cases: [string, string][] = [
      ['Ann', 'Ann'],
      ['a=b', 'a=b'],
      ['-5', "'-5"],
      ['5-1', '5-1'],
      [' =1+1', ' =1+1'],
      ["'already", "'already"],
      ['Ann ＝ Lee', 'Ann ＝ Lee'],
      ['', ''],
    ];
    for (const [input, expected] of cases) {
      expect(guardCell(input)).toBe(expected);
      expect(onlyRecord(leadsToCsv([row(make.lead({ notes: input }))], 'default')).notes).toBe(expected);
    }
  });

  it('never changes counts and ISO times', () => {
    const lead = make.lead({ followersCount: 0 });
    const cells = onlyRecord(
      leadsToCsv([row(lead, { touchesUsed: 3, lastTouchAt: '2026-11-03T09:30:00.000Z' })], 'default'),
    );
    expect(cells.touches_used).toBe('3');
    expect(cells.followers_count).toBe('0');
    expect(cells.first_seen_at).toBe('2026-11-01T10:00:00.000Z');
    expect(cells.last_touch_at).toBe('2026-11-03T09:30:00.000Z');
  });

  it('guards the HubSpot preset too, after the name is split', () => {
    const lead = make.lead({ displayName: '@Ann =Lee', headline: '＋1 555', notes: '-' });
    const [, record] = parseCsv(leadsToCsv([row(lead)], 'hubspot'));
    expect(record?.slice(0, 3)).toEqual(["'@Ann", "'=Lee", "'＋1 555"]);
    expect(record?.[8]).toBe("'-");
  });
});

describe('hostile values round-trip through csv-parse', () => {
  it('keeps quotes, commas, newlines, emoji, RTL override and HTML exactly', () => {
    const notes = 'He said "hi", then: left\r\nline 2\nline 3\rline 4 👋🏽 👨‍👩‍👧 \u202Egnp.exe <script>alert(1)</script>';
    const lead = make.lead({
      displayName: '"Ann", the \u202Eadmin',
      headline: 'CEO, "Acme" <b>bold</b>',
      notes,
      tags: ['a,b', 'say "x"'],
      location: 'Zürich, CH 🇨🇭',
    });
    const cells = onlyRecord(leadsToCsv([row(lead)], 'default'));
    expect(cells.display_name).toBe('"Ann", the \u202Eadmin');
    expect(cells.headline).toBe('CEO, "Acme" <b>bold</b>');
    expect(cells.notes).toBe(notes);
    expect(cells.tags).toBe('a,b; say "x"');
    expect(cells.location).toBe('Zürich, CH 🇨🇭');
  });

  it('writes quotes doubled inside a quoted field', () => {
    const csv = leadsToCsv([row(make.lead({ notes: 'say "hi"' }))], 'default');
    expect(csv).toContain(',"say ""hi""",');
  });

  it('keeps a 10,000-character note whole', () => {
    const notes = `${'x,"\n'.repeat(2499)}abcd`;
    expect(notes).toHaveLength(10_000);
    expect(onlyRecord(leadsToCsv([row(make.lead({ notes }))], 'default')).notes).toBe(notes);
  });
});

describe('default preset values', () => {
  it('writes every column of a full lead', () => {
    const lead = make.lead({
      id: 'linkedin:ann-lee',
      platform: 'linkedin',
      platformUserId: null,
      handle: 'ann-lee',
      aliases: ['ann-lee-1', 'annlee'],
      displayName: 'Ann Lee',
      profileUrl: 'https://www.linkedin.com/in/ann-lee',
      stage: 'lead',
      temperature: 'warm',
      doNotContact: true,
      tags: ['founder', 'berlin'],
      notes: 'met at a meetup',
      firstSeenAt: '2026-11-01T10:00:00Z',
      lastSignalAt: '2026-11-04T08:00:00.000Z',
      signals: [
        { kind: 'viewed_profile', at: '2026-11-04T08:00:00.000Z', source: 'linkedin.profile_views', account: null },
        // Same second as the next one, but half a second earlier: it is the first signal.
        { kind: 'followed', at: '2026-11-01T10:00:00.500Z', source: 'linkedin.followers', account: 'me' },
        { kind: 'viewed_profile', at: '2026-11-01T10:00:01Z', source: 'linkedin.profile_views', account: null },
        { kind: 'saved', at: '2026-11-02T00:00:00.000Z', source: 'manual', account: null },
      ],
      location: 'Berlin',
      followersCount: 1200,
    });
    const csv = leadsToCsv(
      [row(lead, { touchesUsed: 2, lastTouchAt: '2026-11-05T12:00:00.000Z', cadenceState: 'active' })],
      'default',
    );
    expect(parseCsv(csv)[1]).toEqual([
      'linkedin:ann-lee',
      'linkedin',
      'ann-lee',
      'Ann Lee',
      'Founder',
      'https://www.linkedin.com/in/ann-lee',
      'lead',
      'warm',
      'true',
      'followed: 1; viewed_profile: 2; saved: 1',
      'followed (linkedin.followers)',
      '2026-11-01T10:00:00Z',
      '2026-11-04T08:00:00.000Z',
      '2',
      '2026-11-05T12:00:00.000Z',
      'active',
      'founder; berlin',
      'met at a meetup',
      'Berlin',
      '1200',
      'ann-lee-1; annlee',
    ]);
  });

  it('writes empty cells for missing optional values', () => {
    const lead = make.lead({ handle: null, temperature: null });
    expect(parseCsv(leadsToCsv([row(lead)], 'default'))[1]).toEqual([
      'x:2244994945',
      'x',
      '',
      'Ann',
      'Founder',
      'https://x.com/XDevelopers',
      'new',
      '',
      'false',
      '',
      '',
      '2026-11-01T10:00:00.000Z',
      '2026-11-01T10:00:00.000Z',
      '0',
      '',
      'not_started',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('hubspot preset values', () => {
  it('splits the name, maps the stage and keeps do-not-contact and disqualified leads', () => {
    const rows = [
      row(make.lead({ displayName: '  Ann Lee  Smith ', notes: 'hi' }), { touchesUsed: 0 }),
      row(
        make.lead({
          id: 'linkedin:cher',
          platform: 'linkedin',
          handle: 'cher',
          displayName: 'Cher',
          headline: 'Singer',
          profileUrl: 'https://www.linkedin.com/in/cher',
          stage: 'disqualified',
          doNotContact: true,
        }),
      ),
      row(make.lead({ id: 'x:3', stage: 'lead' }), { touchesUsed: 2, cadenceState: 'active' }),
      row(make.lead({ id: 'x:4', stage: 'lead' }), { touchesUsed: 1, cadenceState: 'replied' }),
    ];
    expect(parseCsv(leadsToCsv(rows, 'hubspot')).slice(1)).toEqual([
      ['Ann', 'Lee  Smith', 'Founder', 'XDevelopers', '', 'lead', 'NEW', 'false', 'hi', 'x:2244994945'],
      [
        'Cher',
        '',
        'Singer',
        '',
        'https://www.linkedin.com/in/cher',
        'other',
        'UNQUALIFIED',
        'true',
        '',
        'linkedin:cher',
      ],
      ['Ann', '', 'Founder', 'XDevelopers', '', 'lead', 'ATTEMPTED_TO_CONTACT', 'false', '', 'x:3'],
      ['Ann', '', 'Founder', 'XDevelopers', '', 'lead', 'CONNECTED', 'false', '', 'x:4'],
    ]);
  });

  it('maps every stage to a lifecycle stage and a lead status', () => {
    const mapped = STAGES.map((stage) => {
      const [, record] = parseCsv(leadsToCsv([row(make.lead({ stage }))], 'hubspot'));
      return [stage, record?.[5], record?.[6]];
    });
    expect(mapped).toEqual([
      ['new', 'lead', 'NEW'],
      ['lead', 'lead', 'OPEN'],
      ['contact', 'marketingqualifiedlead', 'CONNECTED'],
      ['opportunity', 'opportunity', 'OPEN_DEAL'],
      ['client', 'customer', 'CONNECTED'],
      ['nurture', 'lead', 'BAD_TIMING'],
      ['disqualified', 'other', 'UNQUALIFIED'],
    ]);
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
