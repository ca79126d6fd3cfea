import { expect, test } from 'vitest';
import type { SkipCounts } from '../types';
import { xEnvelopeSkip, xTimelineItems } from './timeline';

const item = (id: string) => ({ entryId: id, content: { itemContent: { id } } });

test('walks AddEntries, ReplaceEntry, AddToModule and modules; ignores cursors', () => {
  const skipped: SkipCounts = {};
  const items = xTimelineItems(
    [
      { type: 'TimelineClearCache' },
      { type: 'TimelineTerminateTimeline', direction: 'Top' },
      {
        type: 'TimelineAddEntries',
        entries: [
          item('a'),
          { entryId: 'cursor-top-1', content: { entryType: 'TimelineTimelineCursor', value: '-1|2' } },
          { entryId: 'odd-cursor', content: { __typename: 'TimelineTimelineCursor' } },
          { entryId: 'module-1', content: { items: [{ entryId: 'm1', item: { itemContent: { id: 'm1' } } }] } },
        ],
      },
      { type: 'TimelineReplaceEntry', entry: item('b') },
      { type: 'TimelineAddToModule', moduleItems: [{ entryId: 'c', item: { itemContent: { id: 'c' } } }] },
    ],
    skipped,
  );
  expect(items.map((i) => i.entryId)).toEqual(['a', 'm1', 'b', 'c']);
  expect(items.map((i) => i.itemContent)).toEqual([{ id: 'a' }, { id: 'm1' }, { id: 'b' }, { id: 'c' }]);
  expect(skipped).toEqual({});
});

test('junk instructions and entries never throw; unreadable entries are counted', () => {
  const skipped: SkipCounts = {};
  expect(xTimelineItems('nope', skipped)).toEqual([]);
  const items = xTimelineItems(
    [null, 7, { entries: 'x' }, { type: 'TimelineAddEntries', entries: [null, { entryId: 'e' }, item('ok')] }],
    skipped,
  );
  expect(items.map((i) => i.entryId)).toEqual(['ok']);
  expect(skipped).toEqual({ unreadable_entry: 2 });
});

test('xEnvelopeSkip tells an API error from a format change', () => {
  expect(xEnvelopeSkip({ errors: [{ message: 'x' }] })).toBe('api_error');
  expect(xEnvelopeSkip({ errors: [] })).toBe('bad_envelope');
  expect(xEnvelopeSkip(null)).toBe('bad_envelope');
});
