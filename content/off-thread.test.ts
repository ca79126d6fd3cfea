// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { BridgeMessage } from '@/bridge/channel';
import { offThreadReader } from './off-thread';

/** A stand-in for the page-origin blob worker: the test decides when it is ready and what it answers. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  received: { id: number; message: BridgeMessage }[] = [];
  terminated = false;
  constructor(readonly src: string) {
    FakeWorker.last = this;
  }
  postMessage(data: { id: number; message: BridgeMessage }) {
    this.received.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  ready() {
    this.onmessage?.({ data: { ready: true } });
  }
  /** Answers the `nth` message it received. */
  answer(nth: number, read: unknown) {
    this.onmessage?.({ data: { id: this.received[nth]?.id ?? -1, read } });
  }
  fail() {
    this.onerror?.(new Event('error'));
  }
}

const message = (url: string): BridgeMessage => ({
  channel: 'touchline:v1',
  url,
  method: 'GET',
  status: 200,
  requestBody: null,
  body: '{}',
});

let delivered: string[];
const reader = (script: string | null = 'chrome-extension://dynamic/x-parse-worker.js') =>
  offThreadReader<string, string>({
    script,
    read: (m) => `here:${m.url}`,
    deliver: (read, context) => delivered.push(`${context}=${read}`),
  });

beforeEach(() => {
  delivered = [];
  FakeWorker.last = null;
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  URL.createObjectURL = vi.fn(() => 'blob:https://x.com/1');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('once the worker is ready, responses are read there, not on the page thread', async () => {
  const read = reader();
  read(message('a'), 'first');
  const worker = FakeWorker.last as FakeWorker;
  worker.ready();
  read(message('b'), 'second');
  expect(worker.received.map((r) => r.message.url)).toEqual(['a', 'b']);
  worker.answer(0, 'worker:a');
  worker.answer(1, 'worker:b');
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});

test('reads are delivered in the order the responses arrived, whichever answer comes first', async () => {
  const read = reader();
  read(message('a'), 'first');
  const worker = FakeWorker.last as FakeWorker;
  worker.ready();
  read(message('b'), 'second');
  worker.answer(1, 'worker:b');
  expect(delivered).toEqual([]);
  worker.answer(0, 'worker:a');
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});

test('a worker the page does not allow (CSP) fails over: every response is read on the page thread, none lost', async () => {
  const read = reader();
  read(message('a'), 'first');
  const worker = FakeWorker.last as FakeWorker;
  worker.fail();
  read(message('b'), 'second');
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a', 'second=here:b']);
  expect(worker.terminated).toBe(true);
});

test('a worker that dies with answers outstanding: those responses are read here, in order', async () => {
  const read = reader();
  read(message('a'), 'first');
  const worker = FakeWorker.last as FakeWorker;
  worker.ready();
  read(message('b'), 'second');
  worker.answer(1, 'worker:b');
  worker.fail();
  worker.answer(0, 'worker:a (too late)');
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a', 'second=worker:b']);
});

test('a worker that never starts is given up after 3 s', async () => {
  const read = reader();
  read(message('a'), 'first');
  await vi.advanceTimersByTimeAsync(2_900);
  expect(delivered).toEqual([]);
  await vi.advanceTimersByTimeAsync(200);
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a']);
});

test('without a worker script (Firefox) nothing starts and responses are read here', async () => {
  const read = reader(null);
  read(message('a'), 'first');
  await vi.runAllTimersAsync();
  expect(FakeWorker.last).toBeNull();
  expect(delivered).toEqual(['first=here:a']);
});

test('a tab closing with answers outstanding reads them here, so the capture is still sent', () => {
  const read = reader();
  read(message('a'), 'first');
  (FakeWorker.last as FakeWorker).ready();
  window.dispatchEvent(new Event('pagehide'));
  expect(delivered).toEqual(['first=here:a']);
});

test('the blob worker only loads the extension script, by its URL', () => {
  reader()(message('a'), 'first');
  const blob = (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as Blob;
  return blob.text().then((text) => expect(text).toBe('importScripts("chrome-extension://dynamic/x-parse-worker.js")'));
});

test('a worker idle for a minute is stopped; the next response starts a new one', async () => {
  const read = reader();
  read(message('a'), 'first');
  const first = FakeWorker.last as FakeWorker;
  first.ready();
  first.answer(0, 'worker:a');
  await vi.advanceTimersByTimeAsync(59_000);
  expect(first.terminated).toBe(false);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(first.terminated).toBe(true);
  read(message('b'), 'second');
  const second = FakeWorker.last as FakeWorker;
  expect(second).not.toBe(first);
  second.ready();
  second.answer(0, 'worker:b');
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});
