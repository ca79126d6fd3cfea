// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { whenIdle } from './idle';

test('work waiting for idle time runs once when the page is hidden, and not again later', async () => {
  vi.useFakeTimers();
  const job = vi.fn();
  whenIdle(job);
  expect(job).not.toHaveBeenCalled();
  window.dispatchEvent(new Event('pagehide'));
  expect(job).toHaveBeenCalledTimes(1);
  await vi.runAllTimersAsync();
  expect(job).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});

test('without a pagehide, the work runs when the page is idle', async () => {
  vi.useFakeTimers();
  const job = vi.fn();
  whenIdle(job);
  await vi.runAllTimersAsync();
  expect(job).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});
