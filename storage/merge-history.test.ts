import { expect, test } from 'vitest';
import { captured, lead } from '@/test/factories';
import { mergeLead, newLead } from './merge';
import { NOW, ctx, view } from './merge-test-helpers';

// Issue #13: a page can rename what you know; the old values stay in the lead's history.

test('a changed handle, name, profile URL and avatar keep their old values, oldest first', () => {
  const known = lead({
    handle: 'oldname',
    displayName: 'Ann',
    profileUrl: 'https://x.com/oldname',
    avatarUrl: 'https://pbs.twimg.com/a.jpg',
  });
  const forged = captured({
    handle: 'newname',
    displayName: 'Security alert',
    profileUrl: 'https://x.com/newname',
    avatarUrl: 'https://evil.example/track.png',
  });
  const { lead: merged } = mergeLead(known, forged, view, ctx);
  expect(merged.history).toEqual([
    { at: NOW, field: 'displayName', from: 'Ann' },
    { at: NOW, field: 'profileUrl', from: 'https://x.com/oldname' },
    { at: NOW, field: 'avatarUrl', from: 'https://pbs.twimg.com/a.jpg' },
    { at: NOW, field: 'handle', from: 'oldname' },
  ]);
});

test('the same values again, an empty field, or a handle differing only in case record nothing', () => {
  const known = lead({ handle: 'Ann', displayName: 'Ann', profileUrl: 'https://x.com/Ann', avatarUrl: '' });
  const again = captured({ handle: 'ann', displayName: 'Ann', profileUrl: 'https://x.com/Ann', avatarUrl: '' });
  expect(mergeLead(known, again, null, ctx).lead.history).toBeUndefined();
});

test('a first value (nothing known before) is no change', () => {
  const known = lead({ displayName: '', avatarUrl: '' });
  const { lead: merged } = mergeLead(known, captured({ displayName: 'Ann', avatarUrl: 'https://x/a.jpg' }), null, ctx);
  expect(merged.history).toBeUndefined();
});

test('a new lead has no history; history keeps the last 50 changes', () => {
  expect(newLead('x:1', captured({ displayName: 'Ann' }), view, ctx).history).toBeUndefined();
  let current = lead({ displayName: 'name-0' });
  for (let i = 1; i <= 60; i++) current = mergeLead(current, captured({ displayName: `name-${i}` }), null, ctx).lead;
  expect(current.history).toHaveLength(50);
  expect(current.history?.[0]?.from).toBe('name-10');
  expect(current.history?.at(-1)?.from).toBe('name-59');
});
