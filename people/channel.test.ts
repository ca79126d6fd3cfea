import { describe, expect, it } from 'vitest';
import type { Channel, Platform } from '@/model';
import { day } from '@/cadence/test-helpers';
import { suggestChannel } from './channel';

const on = (channel: Channel, d: number) => ({ channel, at: day(d).toISOString() });
const both: Platform[] = ['x', 'linkedin'];

describe('suggestChannel: one channel at a time, not the one used last', () => {
  it.each([
    { name: 'no touch yet: the first platform given', touches: [], platforms: both, want: 'x_dm' },
    { name: 'no touch yet, LinkedIn first', touches: [], platforms: ['linkedin', 'x'], want: 'linkedin_message' },
    { name: 'last on X: LinkedIn', touches: [on('x_dm', 0)], platforms: both, want: 'linkedin_message' },
    {
      name: 'last on LinkedIn: X',
      touches: [on('x_dm', 0), on('linkedin_message', 2)],
      platforms: both,
      want: 'x_dm',
    },
    {
      name: 'the last by time, not by list order',
      touches: [on('x_dm', 4), on('linkedin_message', 2)],
      platforms: both,
      want: 'linkedin_message',
    },
    { name: 'only an X lead: X again', touches: [on('x_dm', 0)], platforms: ['x'], want: 'x_dm' },
    {
      name: 'last by email: the platform waiting longest',
      touches: [on('x_dm', 0), on('linkedin_message', 2), on('email', 4)],
      platforms: both,
      want: 'x_dm',
    },
    {
      name: 'last by phone, LinkedIn never used: LinkedIn',
      touches: [on('x_dm', 0), on('phone', 2)],
      platforms: both,
      want: 'linkedin_message',
    },
    {
      name: 'two at one instant: the later in the list was last',
      touches: [on('x_dm', 0), on('linkedin_message', 0)],
      platforms: both,
      want: 'x_dm',
    },
    { name: 'no platform: nothing to suggest', touches: [on('x_dm', 0)], platforms: [], want: null },
  ])('$name', ({ touches, platforms, want }) => {
    expect(suggestChannel(touches, platforms as Platform[])).toBe(want);
  });
});
