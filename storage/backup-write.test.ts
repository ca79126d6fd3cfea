import { beforeEach, expect, test } from 'vitest';
import { lead, touch } from '@/test/factories';
import { exportBackup } from './backup';
import { writeBackup } from './backup-write';
import { TouchlineDb } from './db';
import { stored } from './stored';

const NOW = new Date('2026-12-02T12:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`backup-write-${Math.random()}`);
  await database.open();
});

/** 4,100 leads and 2,100 touches: more than two pages of each (a page is 2,000 rows). */
async function seedMany() {
  const leads = Array.from({ length: 4_100 }, (_, i) =>
    lead({
      id: `x:${10_000 + i}`,
      displayName: `Person ${i}`,
      headline: i === 7 ? 'quote " comma , line\n\u2028 é 🙂' : '',
    }),
  );
  const touches = leads.slice(0, 2_100).map((l) => touch({ leadId: l.id }));
  await database.leads.bulkPut(leads.map(stored));
  await database.touches.bulkPut(touches);
  return { leads, touches };
}

test('the streamed backup is one valid JSON document holding every row exactly once, in pieces', async () => {
  const { leads, touches } = await seedMany();
  const pieces: string[] = [];
  const chars = await writeBackup(database, NOW, (t) => pieces.push(t));
  const text = pieces.join('');
  expect(chars).toBe(text.length);
  const doc = JSON.parse(text) as { leads: { id: string }[]; touches: unknown[]; version: number };
  expect(doc.version).toBe(2);
  // Compared with what was put in (not with another export): ordered by id, nothing lost, and
  // only the contract's personId added (null: each is a lead of its own, issue #15).
  expect(doc.leads).toEqual([...leads].sort((a, b) => a.id.localeCompare(b.id)).map((l) => ({ ...l, personId: null })));
  expect(doc.touches).toEqual([...touches].sort((a, b) => a.id.localeCompare(b.id)));
  expect(doc.leads.find((l) => l.id === 'x:10007')).toMatchObject({ headline: 'quote " comma , line\n\u2028 é 🙂' });
  // No piece is the whole file: the largest is one page of leads.
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length / 2);
  // Compact: no pretty-printing.
  expect(text).not.toMatch(/\n {1,}"/);
});

test('an empty database is a complete document with empty lists and the settings', async () => {
  const pieces: string[] = [];
  await writeBackup(database, NOW, (t) => pieces.push(t));
  expect(JSON.parse(pieces.join(''))).toEqual({
    format: 'touchline-backup',
    version: 2,
    exportedAt: '2026-12-02T12:00:00.000Z',
    leads: [],
    touches: [],
    settings: {
      cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 },
      ownAccounts: [],
      notifyNewLead: true,
      notifyDueDaily: true,
    },
    accounts: [],
    roster: [],
  });
});

test('beyond what one message carries, exportBackup refuses and names the streaming ways', async () => {
  await seedMany();
  await expect(exportBackup(database, NOW, 100_000)).rejects.toThrow(
    /larger than one message may carry .*dashboard's download.*port named "backup.export"/,
  );
  expect((await exportBackup(database, NOW)).leads).toHaveLength(4_100);
});
