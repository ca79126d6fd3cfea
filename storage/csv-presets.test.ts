import { describe, expect, it } from 'vitest';
import { leadsToCsv } from './csv';
import { parseCsv, row } from './csv-test-helpers';
import { STAGES } from '@/model';
import * as make from '@/test/factories';

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
      'linkedin:ann-lee',
      '',
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
      'x:2244994945',
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
