import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, guardCell, INVISIBLE_LEAD, leadsToCsv } from './csv';
import { onlyRecord, parseCsv, row } from './csv-test-helpers';
import * as make from '@/test/factories';

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
    ['\uFE66', 'SMALL EQUALS SIGN'],
    ['\uFE62', 'SMALL PLUS SIGN'],
    ['\uFE63', 'SMALL HYPHEN-MINUS'],
    ['\uFE6B', 'SMALL COMMERCIAL AT'],
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
      // Issue #13: the first *visible* character counts; a leading space no longer hides a formula.
      [' =1+1', "' =1+1"],
      [' Ann', ' Ann'],
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

describe('the guard looks past what a spreadsheet skips (issue #13)', () => {
  const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

  // Every invisible character in front of every trigger: the cell is guarded, its text kept whole.
  const pairs = INVISIBLE_LEAD.flatMap((space) => FORMULA_TRIGGERS.map((t) => [hex(space), hex(t), space, t] as const));
  it.each(pairs)('%s before %s is guarded', (_s, _t, space, trigger) => {
    const value = `${space}${space}${trigger}HYPERLINK("http://evil.example")`;
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it.each(INVISIBLE_LEAD.map((c) => [hex(c), c] as const))('%s before a letter leaves the cell alone', (_h, space) => {
    expect(guardCell(`${space}Ann`)).toBe(`${space}Ann`);
  });

  it('the reported cells: space, NBSP, LF, zero-width space, BOM, then = (and ﹦ alone)', () => {
    for (const value of [' =1', '\u00A0=1', '\n=1', '\u200B=1', '\uFEFF=1', '\uFE661'])
      expect(onlyRecord(leadsToCsv([row(make.lead({ notes: value }))], 'default')).notes).toBe(`'${value}`);
  });
});
