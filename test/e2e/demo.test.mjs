// `npm run demo`, headless: its printed summary says what the store really holds, and what the
// recorded pages contain (counted here from the fixtures, not by the extension's parsers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, summaryLines, countStory } from '../../demo/story.mjs';
import { storedLeads } from './site.mjs';
import { realX } from './x-site.mjs';

test('the demo captures the recorded story and prints what is stored', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'touchline-demo-'));
  const printed = [];
  const { ext, summary } = await runDemo({ outDir, log: (line) => printed.push(line) });
  try {
    const lines = summaryLines(summary);
    const number = (re) => Number(re.exec(lines.join('\n'))?.[1]);
    const leads = await storedLeads(ext);

    // The recorded pages, counted by hand-written walks over the raw JSON.
    const followers = JSON.parse(await realX('Followers.2026-08-07.json'))
      .data.user.result.timeline.timeline.instructions.flatMap((i) => i.entries ?? [])
      .filter((e) => e.entryId.startsWith('user-')).length;
    assert.equal(followers, 69);

    assert.equal(number(/(\d+) existing X followers/), 69);
    // NotificationsTimeline.hand.json's _comment: one follow notification naming three people.
    assert.equal(number(/(\d+) new X followers/), 3);
    assert.equal(number(/(\d+) LinkedIn profile viewers/), 3); // wvmpCards: three named viewers (its _comment)
    assert.equal(number(/badge: (\d+) new/), 6);
    // What it printed is what is stored.
    assert.deepEqual(countStory(leads), { baseline: 69, newFollowers: 3, viewers: 3 });
    assert.equal(leads.length, 69 + 3 + 3);
    assert.equal(leads.filter((l) => l.stage === 'new').length, 6);

    assert.equal(printed.length, 5, printed.join('\n'));
    assert.equal(summary.screenshots.length, 5);
    for (const shot of summary.screenshots) assert.ok((await stat(shot)).size > 5_000, `${shot} is a real picture`);
  } finally {
    await ext.close();
    await rm(outDir, { recursive: true, force: true });
  }
});
