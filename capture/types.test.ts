import { expect, test } from 'vitest';
import { countSkip } from './types';
test('countSkip adds up reasons', () => {
  const s = {};
  countSkip(s, 'a');
  countSkip(s, 'a', 2);
  expect(s).toEqual({ a: 3 });
});
