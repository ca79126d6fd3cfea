import { describe, expect, it } from 'vitest';
import { touchOn } from './test-helpers';
import { findUsedValueProp, isRepeatValueProp, usedValueProps, VALUE_PROP_STARTERS } from './value-props';

const vp = (days: number, valueProp: string) => touchOn(days, 'no_reply', 'email', valueProp);

describe('usedValueProps', () => {
  it('lists each value proposition once, in order of first use by time, as first spelled', () => {
    // Logged out of order: the day-4 touch was entered before the day-0 one.
    const touches = [vp(4, 'Keeps people safe'), vp(0, '  Saves them time '), vp(2, 'saves them TIME'), vp(6, '')];
    expect(usedValueProps(touches)).toEqual(['Saves them time', 'Keeps people safe']);
  });

  it('is empty for a lead with no value proposition yet', () => {
    expect(usedValueProps([vp(0, '   ')])).toEqual([]);
  });
});

describe('isRepeatValueProp / findUsedValueProp', () => {
  const touches = [vp(0, 'Saves them time'), vp(2, 'Improves their business')];

  it.each([
    { candidate: 'saves them time', repeat: true, used: 'Saves them time' },
    { candidate: '  Improves   their business ', repeat: true, used: 'Improves their business' },
    { candidate: 'Saves them money', repeat: false, used: null },
    { candidate: '   ', repeat: false, used: null },
  ])('"$candidate" repeats: $repeat', ({ candidate, repeat, used }) => {
    expect(isRepeatValueProp(touches, candidate)).toBe(repeat);
    expect(findUsedValueProp(touches, candidate)).toBe(used);
  });
});

describe('VALUE_PROP_STARTERS', () => {
  it('offers the six seed questions as short starters', () => {
    expect(VALUE_PROP_STARTERS).toEqual([
      'Saves them money',
      'Saves them time',
      'Improves their business',
      'Keeps people safe',
      'Makes people happy',
      'Makes the world a better place',
    ]);
  });
});
