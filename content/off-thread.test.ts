// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BridgeMessage } from '@/bridge/channel';
import { bridgeMessage } from '@/bridge/hook-test-helpers';
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
  hookPort: MessagePort | null = null;
  postMessage(data: { id: number; message: BridgeMessage } | { hook: MessagePort }) {
    if ('hook' in data) this.hookPort = data.hook;
    else this.received.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  ready() {
    this.onmessage?.({ data: { ready: true } });
  }
  /** A read of a body the hook posted straight to the worker. */
  direct(read: unknown) {
    this.onmessage?.({ data: { direct: read } });
  }
  drained() {
    this.onmessage?.({ data: { drained: true } });
  }
  /** Answers the `nth` message it received. */
  answer(nth: number, read: unknown) {
    this.onmessage?.({ data: { id: this.received[nth]?.id ?? -1, read } });
  }
  fail() {
    this.onerror?.(new Event('error'));
  }
}

const message = bridgeMessage;

let delivered: string[];
/** Each response's context is the order it arrived in, taken when it arrives (wherever it is read). */
let arrivals: number;
/** Where the hook was pointed, in order (a port, or null for back); whether the hook has a port yet. */
let redirects: (MessagePort | null)[];
let hookReady: boolean;
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const reader = (script: string | null = 'chrome-extension://dynamic/x-parse-worker.js') =>
  offThreadReader<string, string>({
    script: () => script,
    read: (m) => `here:${m.url}`,
    arrived: () => ORDINAL[arrivals++] ?? 'later',
    deliver: (read, context) => void delivered.push(`${context}=${read}`),
    redirect: (to) => {
      redirects.push(to);
      return hookReady;
    },
  });

/** A reader that has received response `a` and so started its worker (made ready when asked). */
function started({ ready = true } = {}) {
  const read = reader();
  read(message('a'));
  const worker = FakeWorker.last as FakeWorker;
  if (ready) worker.ready();
  return { read, worker };
}

beforeEach(() => {
  delivered = [];
  arrivals = 0;
  redirects = [];
  hookReady = false;
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
  const { read, worker } = started();
  read(message('b'));
  expect(worker.received.map((r) => r.message.url)).toEqual(['a', 'b']);
  worker.answer(0, 'worker:a');
  worker.answer(1, 'worker:b');
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});

test('reads are delivered in the order the responses arrived, whichever answer comes first', async () => {
  const { read, worker } = started();
  read(message('b'));
  worker.answer(1, 'worker:b');
  expect(delivered).toEqual([]);
  worker.answer(0, 'worker:a');
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});

test('a worker the page does not allow (CSP) fails over: every response is read on the page thread, none lost', async () => {
  const { read, worker } = started({ ready: false });
  worker.fail();
  read(message('b'));
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a', 'second=here:b']);
  expect(worker.terminated).toBe(true);
});

test('a worker that dies with answers outstanding: those responses are read here, in order', async () => {
  const { read, worker } = started();
  read(message('b'));
  worker.answer(1, 'worker:b');
  worker.fail();
  worker.answer(0, 'worker:a (too late)');
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a', 'second=worker:b']);
});

test('a worker that never starts is given up after 3 s', async () => {
  const read = reader();
  read(message('a'));
  await vi.advanceTimersByTimeAsync(2_900);
  expect(delivered).toEqual([]);
  await vi.advanceTimersByTimeAsync(200);
  await vi.runAllTimersAsync();
  expect(delivered).toEqual(['first=here:a']);
});

test('without a worker script (Firefox) nothing starts and responses are read here', async () => {
  const read = reader(null);
  read(message('a'));
  await vi.runAllTimersAsync();
  expect(FakeWorker.last).toBeNull();
  expect(delivered).toEqual(['first=here:a']);
});

test('a tab closing with answers outstanding reads them here, so the capture is still sent', () => {
  const read = reader();
  read(message('a'));
  (FakeWorker.last as FakeWorker).ready();
  window.dispatchEvent(new Event('pagehide'));
  expect(delivered).toEqual(['first=here:a']);
});

test('the blob worker only loads the extension script, by its URL', () => {
  reader()(message('a'));
  const blob = (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as Blob;
  return blob.text().then((text) => expect(text).toBe('importScripts("chrome-extension://dynamic/x-parse-worker.js")'));
});

test('a worker idle for a minute is stopped; the next response starts a new one', async () => {
  const { read, worker: first } = started();
  first.answer(0, 'worker:a');
  await vi.advanceTimersByTimeAsync(59_000);
  expect(first.terminated).toBe(false);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(first.terminated).toBe(true);
  read(message('b'));
  const second = FakeWorker.last as FakeWorker;
  expect(second).not.toBe(first);
  second.ready();
  second.answer(0, 'worker:b');
  expect(delivered).toEqual(['first=worker:a', 'second=worker:b']);
});

describe('once the hook posts straight to the worker', () => {
  beforeEach(() => {
    hookReady = true;
  });

  test('the worker gets one end of a channel and the hook the other; its reads arrive in order', () => {
    const read = reader();
    read(message('a'));
    const worker = FakeWorker.last as FakeWorker;
    worker.ready();
    expect(redirects).toHaveLength(1);
    expect(redirects[0]).toBeInstanceOf(MessagePort);
    expect(worker.hookPort).toBeInstanceOf(MessagePort);
    // The response that came before is still read by the worker, and comes first.
    worker.direct('worker:b');
    worker.answer(0, 'worker:a');
    worker.direct('worker:c');
    expect(delivered).toEqual(['first=worker:a', 'second=worker:b', 'third=worker:c']);
  });

  test('idle for a minute: the hook is pointed back, and the worker stops once it has answered all it was sent', async () => {
    const read = reader();
    read(message('a'));
    const worker = FakeWorker.last as FakeWorker;
    worker.ready();
    worker.answer(0, 'worker:a');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(redirects.at(-1)).toBeNull();
    expect(worker.terminated).toBe(false);
    // Sent before the hook read the redirect: still answered. Sent after: read here.
    worker.direct('worker:b');
    read(message('c'));
    await vi.runOnlyPendingTimersAsync();
    worker.drained();
    expect(worker.terminated).toBe(true);
    await vi.runOnlyPendingTimersAsync();
    expect(delivered).toEqual(['first=worker:a', 'second=worker:b', 'third=here:c']);
  });

  test('a worker that dies points the hook back here; later responses are read here', async () => {
    const read = reader();
    read(message('a'));
    const worker = FakeWorker.last as FakeWorker;
    worker.ready();
    worker.answer(0, 'worker:a');
    worker.fail();
    expect(redirects.at(-1)).toBeNull();
    read(message('b'));
    await vi.runOnlyPendingTimersAsync();
    expect(delivered).toEqual(['first=worker:a', 'second=here:b']);
  });
});
