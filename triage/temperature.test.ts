import { describe, expect, test } from 'vitest';
import type { Signal, Touch } from '@/model';
import { lead, signal, touch } from '@/test/factories';
import { suggestedTemperature } from './temperature';

const followed = (at = '2026-11-01T10:00:00.000Z'): Signal => signal({ kind: 'followed', at });
const viewed = (at: string): Signal => signal({ kind: 'viewed_profile', at, source: 'linkedin.profile_views' });
const unfollowed = (at: string): Signal => signal({ kind: 'unfollowed', at });
const V1 = viewed('2026-11-02T10:00:00.000Z');
const V2 = viewed('2026-11-03T10:00:00.000Z');
const V3 = viewed('2026-11-04T10:00:00.000Z');

describe('suggestedTemperature', () => {
  test.each<[string, Signal[], { touches?: Touch[]; linkedAcrossPlatforms?: boolean }, string | null, string | null]>([
    ['nothing to go on', [], {}, null, null],
    ['a single follow', [followed()], {}, 'cold', 'followed only'],
    ['a single view', [V1], {}, 'cold', 'one profile view'],
    ['a save only', [signal({ kind: 'saved' })], {}, 'cold', 'no engagement yet'],
    ['viewed more than once', [V1, V2], {}, 'warm', 'viewed your profile 2 times'],
    ['followed and viewed', [followed(), V1], {}, 'warm', 'followed and viewed'],
    ['on both platforms', [followed()], { linkedAcrossPlatforms: true }, 'warm', 'on both platforms'],
    [
      'followed and viewed three times',
      [followed(), V1, V2, V3],
      {},
      'hot',
      'viewed your profile 3 times, followed and viewed',
    ],
    ['one view on both platforms', [V1], { linkedAcrossPlatforms: true }, 'warm', 'on both platforms'],
    [
      'all three',
      [followed(), V1, V2],
      { linkedAcrossPlatforms: true },
      'hot',
      'viewed your profile 2 times, followed and viewed, on both platforms',
    ],
    ['replied beats everything', [], { touches: [touch({ outcome: 'replied' })] }, 'hot', 'replied'],
    [
      'touches without a reply warm nothing',
      [],
      { touches: [touch(), touch({ outcome: 'bounced' })] },
      'cold',
      'no engagement yet',
    ],
    ['followed, then unfollowed', [followed(), unfollowed('2026-11-05T10:00:00.000Z')], {}, 'cold', 'unfollowed'],
    [
      'unfollowed then followed again: following',
      [unfollowed('2026-11-05T10:00:00.000Z'), followed('2026-11-06T10:00:00.000Z'), V1],
      {},
      'warm',
      'followed and viewed',
    ],
    [
      'viewed after unfollowing: the view counts, the follow does not',
      [followed(), unfollowed('2026-11-05T10:00:00.000Z'), V1],
      {},
      'cold',
      'unfollowed',
    ],
    [
      'linkedAcrossPlatforms false is no signal',
      [followed()],
      { linkedAcrossPlatforms: false },
      'cold',
      'followed only',
    ],
  ])('%s', (_, signals, context, temperature, reason) => {
    expect(suggestedTemperature(lead({ signals }), context)).toEqual({ temperature, reason });
  });

  test("the rep's own temperature is neither read nor changed", () => {
    const l = lead({ temperature: 'hot', signals: [followed()] });
    expect(suggestedTemperature(l)).toEqual({ temperature: 'cold', reason: 'followed only' });
    expect(l.temperature).toBe('hot');
  });

  test('signal order does not matter', () => {
    const signals = [unfollowed('2026-11-05T10:00:00.000Z'), followed()];
    expect(suggestedTemperature(lead({ signals })).reason).toBe('unfollowed');
  });
});
