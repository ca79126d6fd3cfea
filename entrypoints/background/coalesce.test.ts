import { expect, test, vi } from 'vitest';
import { coalesce } from './coalesce';

test('pushes in quick succession are flushed together, each getting its own result', async () => {
  vi.useFakeTimers();
  const flush = vi.fn(async (items: number[]) => items.map((n) => n * 10));
  const push = coalesce(flush, { delayMs: 100, max: 50 });
  const results = [push(1), push(2), push(3)];
  await vi.advanceTimersByTimeAsync(100);
  expect(await Promise.all(results)).toEqual([10, 20, 30]);
  expect(flush).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});

test('a full batch is flushed at once, without waiting', async () => {
  const flush = vi.fn(async (items: number[]) => items);
  const push = coalesce(flush, { delayMs: 60_000, max: 2 });
  expect(await Promise.all([push(1), push(2)])).toEqual([1, 2]);
});

test('a failed flush rejects every push in it', async () => {
  const push = coalesce(async () => Promise.reject(new Error('disk full')), { delayMs: 1, max: 10 });
  await expect(push(1)).rejects.toThrow('disk full');
});
