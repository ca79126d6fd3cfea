import { describe, expect, test } from 'vitest';
import { parseBackup } from './backup-schema';
import { lead, signal, touch } from '@/test/factories';

// A valid version 1 backup, hand-written from PRODUCT.md "Backup format, version 1" (the lead and
// touch factories fill the fields the tests below only need present: empty lists and notes).
function valid() {
  return {
    format: 'touchline-backup',
    version: 1,
    exportedAt: '2026-11-22T12:00:00.000Z',
    leads: [
      lead({
        id: 'x:2244994945',
        platform: 'x',
        platformUserId: '2244994945',
        handle: 'XDevelopers',
        displayName: 'Developers',
        headline: 'The voice of the X Dev team',
        profileUrl: 'https://x.com/XDevelopers',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1/a.jpg',
        stage: 'new',
        temperature: null,
        doNotContact: false,
        firstSeenAt: '2026-11-20T10:00:00.000Z',
        lastSignalAt: '2026-11-20T10:00:00.000Z',
        signals: [signal({ kind: 'followed', at: '2026-11-20T10:00:00.000Z', source: 'x.followers', account: '1' })],
      }),
    ],
    touches: [
      touch({
        id: 't1',
        leadId: 'x:2244994945',
        channel: 'x_dm',
        at: '2026-11-21T10:00:00.000Z',
        valueProp: 'Saves them time',
        outcome: 'no_reply',
      }),
    ],
    settings: { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
  };
}

function omit(object: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

const error = (input: unknown) => {
  const r = parseBackup(input);
  return r.ok ? null : r.error;
};

const parsed = (input: unknown) => {
  const r = parseBackup(input);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
};

describe('the tolerant reader (issue #13)', () => {
  // Each optional field of a lead, missing or null, and the default a person would expect.
  test.each([
    ['platformUserId', null],
    ['handle', null],
    ['aliases', []],
    ['displayName', ''],
    ['headline', ''],
    ['profileUrl', ''],
    ['avatarUrl', ''],
    ['temperature', null],
    ['doNotContact', false],
    ['tags', []],
    ['notes', ''],
    ['signals', []],
  ])('a lead whose "%s" is missing or null reads as %j', (field, fallback) => {
    for (const lead of [omit(valid().leads[0] ?? {}, field), { ...valid().leads[0], [field]: null }])
      expect(parsed({ ...valid(), leads: [lead] }).leads[0]?.[field as 'notes']).toEqual(fallback);
  });

  test('a lead without lastSignalAt was last signalled when first seen', () => {
    const lead = omit(valid().leads[0] ?? {}, 'lastSignalAt');
    expect(parsed({ ...valid(), leads: [lead] }).leads[0]?.lastSignalAt).toBe('2026-11-20T10:00:00.000Z');
  });

  test.each([
    ['note', ''],
    ['valueProp', ''],
    ['outcome', 'no_reply'],
    ['lastAttempt', false],
  ])('a touch whose "%s" is missing or null reads as %j', (field, fallback) => {
    for (const touch of [omit(valid().touches[0] ?? {}, field), { ...valid().touches[0], [field]: null }])
      expect(parsed({ ...valid(), touches: [touch] }).touches[0]?.[field as 'note']).toEqual(fallback);
  });

  test('a file without settings takes the default cadence; unknown fields are ignored', () => {
    const b = parsed({
      ...omit(valid(), 'settings'),
      generator: 'other-tool 2.1',
      leads: [{ ...valid().leads[0], crmId: 7 }],
    });
    expect(b.settings.cadence).toEqual({ maxTouches: 5, maxDays: 35, minGapHours: 48 });
    expect(b.leads[0]).not.toHaveProperty('crmId');
    expect(b).not.toHaveProperty('generator');
  });

  test('another tool\'s version 1 file with "avatarUrl": null and no aliases or tags imports', () => {
    const { aliases: _a, tags: _t, ...rest } = valid().leads[0] ?? {};
    expect(parseBackup({ ...valid(), leads: [{ ...rest, avatarUrl: null }] }).ok).toBe(true);
  });

  test('a wrong value is still an error that names its path, defaults or not', () => {
    expect(error({ ...valid(), leads: [{ ...valid().leads[0], aliases: 'bob' }] })).toMatch(
      /^Backup not imported: leads\[0\]\.aliases: /,
    );
    expect(error({ ...valid(), touches: [{ ...valid().touches[0], outcome: 'maybe' }] })).toMatch(
      /^Backup not imported: touches\[0\]\.outcome: /,
    );
  });
});

describe('parseBackup', () => {
  test('accepts the documented format', () => {
    expect(parseBackup(valid()).ok).toBe(true);
  });

  const topLevel = ['format', 'version', 'exportedAt', 'leads', 'touches'] as const;
  test.each(topLevel)('refuses a file without "%s", naming it', (field) => {
    const b = omit(valid(), field);
    expect(error(b)).toMatch(new RegExp(`^Backup not imported: ${field}: `));
  });

  // What identifies a lead or a touch stays required (issue #13: the reader is tolerant, not lax).
  const leadRequired = ['id', 'platform', 'stage', 'firstSeenAt'];
  test.each(leadRequired)('refuses a lead without "%s", naming the path', (field) => {
    const b = { ...valid(), leads: [omit(valid().leads[0] ?? {}, field)] };
    expect(error(b)).toMatch(new RegExp(`^Backup not imported: leads\\[0\\]\\.${field}: `));
  });

  const touchRequired = ['id', 'leadId', 'channel', 'at'];
  test.each(touchRequired)('refuses a touch without "%s", naming the path', (field) => {
    const b = { ...valid(), touches: [omit(valid().touches[0] ?? {}, field)] };
    expect(error(b)).toMatch(new RegExp(`^Backup not imported: touches\\[0\\]\\.${field}: `));
  });
  test('a newer version asks the user to update Touchline', () => {
    expect(error({ ...valid(), version: 3 })).toBe(
      'Backup not imported: version: version 3 was written by a newer Touchline; update Touchline to import it',
    );
    expect(error({ ...valid(), version: '1' })).toMatch(/^Backup not imported: version: expected version 1 or 2/);
  });

  test('version 2 adds the follower rosters; a bad roster entry names its path', () => {
    const roster = [
      {
        account: 'x:1',
        person: 'x:5',
        firstSeenAt: '2026-11-20T10:00:00.000Z',
        lastSeenAt: '2026-11-20T10:00:00.000Z',
        evidence: 'baseline',
        status: 'follower',
      },
    ];
    const accounts = [{ id: 'x:1', platform: 'x', baselineAt: '2026-11-20T10:00:00.000Z' }];
    expect(parseBackup({ ...valid(), version: 2, accounts, roster }).ok).toBe(true);
    expect(parseBackup({ ...valid(), version: 2 }).ok).toBe(true);
    expect(error({ ...valid(), version: 2, accounts, roster: [{ ...roster[0], status: 'gone' }] })).toMatch(
      /^Backup not imported: roster\[0\]\.status: /,
    );
  });

  test('another file is not taken for a backup', () => {
    expect(error({ ...valid(), format: 'hubspot-export' })).toMatch(/this is not a Touchline backup/);
    expect(error('just text')).toMatch(/^Backup not imported: \(the file\): /);
    expect(error(null)).not.toBeNull();
    expect(error([])).not.toBeNull();
  });

  test.each([
    ['leads[0].doNotContact', (b: ReturnType<typeof valid>) => Object.assign(b.leads[0] ?? {}, { doNotContact: 'no' })],
    ['leads[0].stage', (b: ReturnType<typeof valid>) => Object.assign(b.leads[0] ?? {}, { stage: 'hot' })],
    [
      'leads[0].signals[0].at',
      (b: ReturnType<typeof valid>) => Object.assign(b.leads[0]?.signals[0] ?? {}, { at: 'yesterday' }),
    ],
    ['leads[0].id', (b: ReturnType<typeof valid>) => Object.assign(b.leads[0] ?? {}, { id: 'facebook:1' })],
    ['touches[0].channel', (b: ReturnType<typeof valid>) => Object.assign(b.touches[0] ?? {}, { channel: 'fax' })],
    ['touches[0].outcome', (b: ReturnType<typeof valid>) => Object.assign(b.touches[0] ?? {}, { outcome: 42 })],
    [
      'settings.cadence.maxTouches',
      (b: ReturnType<typeof valid>) => Object.assign(b.settings.cadence, { maxTouches: 0 }),
    ],
    ['leads', (b: ReturnType<typeof valid>) => Object.assign(b, { leads: {} })],
  ])('wrong type at %s is named', (path, spoil) => {
    const b = valid();
    spoil(b);
    expect(error(b)).toMatch(new RegExp(`^Backup not imported: ${path.replace(/[[\].]/g, '\\$&')}: `));
  });

  test('a touch of a lead that is not in the file is refused', () => {
    const b = valid();
    b.touches[0] = { ...(b.touches[0] as (typeof b.touches)[0]), leadId: 'x:999' };
    expect(error(b)).toBe('Backup not imported: touches[0].leadId: no lead "x:999" in the file');
  });

  test('a lead listed twice is refused', () => {
    const b = valid();
    b.leads.push({ ...(b.leads[0] as (typeof b.leads)[0]) });
    expect(error(b)).toBe('Backup not imported: leads[1].id: "x:2244994945" appears twice');
  });

  test('a 10 MB backup validates, and one bad lead deep inside is found by path', () => {
    const b = valid();
    const template = b.leads[0] as (typeof b.leads)[0];
    const notes = 'n'.repeat(1_000);
    for (let i = 0; b.leads.length < 8_000; i++) b.leads.push({ ...template, id: `x:${1000 + i}`, notes });
    const size = JSON.stringify(b).length;
    expect(size).toBeGreaterThan(10_000_000);
    expect(parseBackup(JSON.parse(JSON.stringify(b))).ok).toBe(true);
    Object.assign(b.leads[7_321] ?? {}, { temperature: 'lukewarm' });
    expect(error(b)).toMatch(/^Backup not imported: leads\[7321\]\.temperature: /);
  });
});

describe('persons in a file (issue #15)', () => {
  const x = lead({ id: 'x:1', personId: 'x:1' });
  const li = lead({
    id: 'linkedin:ann',
    platform: 'linkedin',
    platformUserId: null,
    handle: 'ann',
    personId: 'x:1',
    personBefore: { stage: 'lead', temperature: null, doNotContact: false },
  });
  const persons = (leads: unknown[]) => {
    const parsed = parseBackup({ ...valid(), leads, touches: [] });
    return parsed.ok ? parsed.backup.leads.map((l) => [l.id, l.personId ?? null, l.personBefore !== undefined]) : [];
  };

  test('a whole person is kept', () => {
    expect(persons([x, li])).toEqual([
      ['x:1', 'x:1', false],
      ['linkedin:ann', 'x:1', true],
    ]);
  });

  test('a person whose first lead is missing, not its own first, or alone makes its leads their own', () => {
    expect(persons([li])).toEqual([['linkedin:ann', null, false]]);
    expect(persons([{ ...x, personId: 'linkedin:ann' }, li])).toEqual([
      ['x:1', null, false],
      ['linkedin:ann', null, false],
    ]);
    expect(persons([x])).toEqual([['x:1', null, false]]);
  });
});
