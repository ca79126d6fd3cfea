import { beforeEach, describe, expect, test } from 'vitest';
import { lead } from '@/test/factories';
import { TouchlineDb } from './db';
import { leadCadence } from './cadence-sync';
import { updateLeads } from './leads';
import { linkLeads, unlinkLead } from './people';
import { stored } from './stored';
import { logTouch } from './touches';
import { popupDueLeads, popupNewLeads, recentLeads, searchLeads } from './popup-queries';

// One person across X and LinkedIn (issue #15), in storage: link and unlink, the one cadence
// touch.log enforces over both leads (default policy: 5 touches, 35 days, 48 hours apart), and the
// person shown once in New and Due.
const DAY = 24 * 3_600_000;
const T0 = new Date('2026-11-02T10:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const X = 'x:2244994945';
const IN = 'linkedin:jane-doe';
/** What the rules say when the cap is reached (cadence/check-touch.ts). */
const MAX_REFUSAL = /^This lead has had 5 of 5 touches; the cadence has ended\./;

let database: TouchlineDb;
let n = 0;
const newId = () => `t${++n}`;
beforeEach(async () => {
  database = new TouchlineDb(`people-${Math.random()}`);
  await database.open();
  await database.leads.bulkPut([
    stored(lead({ id: X, displayName: 'Jane Doe', stage: 'lead', temperature: 'warm' })),
    stored(
      lead({
        id: IN,
        platform: 'linkedin',
        platformUserId: null,
        handle: 'jane-doe',
        displayName: 'Jane Doe',
        profileUrl: 'https://www.linkedin.com/in/jane-doe/',
        stage: 'new',
        temperature: 'hot',
      }),
    ),
  ]);
});

const touch = (leadId: string, day: number, channel: 'x_dm' | 'linkedin_message' = 'x_dm') =>
  logTouch(database, { leadId, channel, at: at(day).toISOString() }, at(day), newId);
const status = async (id: string, day: number) => {
  const l = await database.leads.get(id);
  return l && leadCadence(database, l, at(day));
};

describe('link and unlink', () => {
  test('linking gives both leads the person: its id is the X lead, stage and temperature shared', async () => {
    expect(await linkLeads(database, [IN, X], T0)).toBe(X);
    const [x, li] = await database.leads.bulkGet([X, IN]);
    expect([x?.personId, li?.personId]).toEqual([X, X]);
    // The furthest stage and the hottest temperature of the two (people/merge-view.ts).
    expect([x?.stage, li?.stage, x?.temperature, li?.temperature]).toEqual(['lead', 'lead', 'hot', 'hot']);
    expect([x?.queue, li?.queue]).toEqual(['lead', 'linked']);
  });

  test('unlinking restores each lead as it was, each touch still on its own lead', async () => {
    await linkLeads(database, [X, IN], T0);
    await touch(X, 0);
    await touch(IN, 3, 'linkedin_message');
    await unlinkLead(database, IN, at(4));
    const [x, li] = await database.leads.bulkGet([X, IN]);
    expect([x?.personId, li?.personId, x?.personBefore, li?.personBefore]).toEqual([null, null, undefined, undefined]);
    expect([x?.temperature, li?.temperature]).toEqual(['warm', 'hot']);
    expect(li?.stage).toBe('lead'); // its own first touch made it a lead, as it would unlinked
    expect((await database.touches.where('leadId').equals(IN).toArray()).map((t) => t.channel)).toEqual([
      'linkedin_message',
    ]);
    expect([(await status(X, 4))?.touchesUsed, (await status(IN, 4))?.touchesUsed]).toEqual([1, 1]);
  });

  test('refuses fewer than two leads, missing leads and unlinking a lead of its own', async () => {
    await expect(linkLeads(database, [X, X], T0)).rejects.toThrow('two leads');
    await expect(linkLeads(database, [X, 'x:1'], T0)).rejects.toThrow('No lead "x:1"');
    await expect(unlinkLead(database, X, T0)).rejects.toThrow('not linked');
  });
});

describe('one cadence per person', () => {
  beforeEach(() => linkLeads(database, [X, IN], T0).then(() => undefined));

  test('three touches on one and one on the other are 4 of 5: last attempt; the fifth ends it; a sixth is refused', async () => {
    for (const day of [0, 3, 6]) await touch(X, day);
    await touch(IN, 9, 'linkedin_message');
    expect((await status(IN, 10))?.state).toBe('last_attempt');
    expect((await status(X, 10))?.state).toBe('last_attempt');
    await touch(IN, 12, 'linkedin_message');
    expect((await status(X, 13))?.state).toBe('ended');
    await expect(touch(X, 15)).rejects.toThrow(MAX_REFUSAL);
    await expect(touch(IN, 15, 'linkedin_message')).rejects.toThrow(MAX_REFUSAL);
  });

  test('the window opens with the first touch on either lead', async () => {
    await touch(IN, 0, 'linkedin_message');
    await touch(X, 20);
    expect((await status(X, 34))?.state).not.toBe('ended');
    expect((await status(X, 36))?.state).toBe('ended');
  });

  test('the minimum gap holds across channels', async () => {
    await touch(X, 0);
    await expect(touch(IN, 1, 'linkedin_message')).rejects.toThrow(/^Only 24 hours since the last touch/);
    await expect(touch(IN, 2, 'linkedin_message')).resolves.toBeDefined();
  });

  test("a stage set on one lead is the person's; its notes stay on that lead", async () => {
    await updateLeads(database, { leadIds: [IN], patch: { stage: 'opportunity', notes: 'met at a fair' } }, T0);
    const [x, li] = await database.leads.bulkGet([X, IN]);
    expect([x?.stage, li?.stage, x?.notes, li?.notes]).toEqual(['opportunity', 'opportunity', '', 'met at a fair']);
  });

  test("do-not-contact on one lead is the person's: neither may be touched", async () => {
    await updateLeads(database, { leadIds: [IN], patch: { doNotContact: true } }, T0);
    expect((await database.leads.get(X))?.doNotContact).toBe(true);
    await expect(touch(X, 0)).rejects.toThrow('do-not-contact');
  });

  test('All and search show the person once: finding the LinkedIn profile shows the person', async () => {
    expect((await recentLeads(database)).map((l) => l.id)).toEqual([X]);
    await database.leads.update(IN, { words: ['acme'] });
    expect((await searchLeads(database, 'acme')).map((l) => l.id)).toEqual([X]);
  });

  test('New and Due show the person once, by its first lead', async () => {
    await updateLeads(database, { leadIds: [X], patch: { stage: 'new' } }, T0);
    expect((await popupNewLeads(database)).rows.map((l) => l.id)).toEqual([X]);
    await touch(IN, 0, 'linkedin_message');
    expect((await popupDueLeads(database, at(30))).rows.map((r) => r.lead.id)).toEqual([X]);
  });
});
