// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { BRIDGE_CHANNEL, BRIDGE_HANDOFF } from './channel';
import { HELD_MAX, holdHookMessages, takeHookMessages } from './queue';

const message = (url: string) => ({
  channel: BRIDGE_CHANNEL,
  url,
  method: 'GET',
  status: 200,
  requestBody: null,
  body: '{}',
});

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  // A fresh queue per test, as each page load has.
  Reflect.deleteProperty(window, Symbol.for('touchline.hook-queue'));
});

/** Hands the bridge half a port, as the hook does at document_start, and returns its other end. */
async function handOver(): Promise<MessagePort> {
  const { port1, port2 } = new MessageChannel();
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { channel: BRIDGE_HANDOFF },
      origin: location.origin,
      source: window,
      ports: [port2],
    }),
  );
  return port1;
}

const flush = () => new Promise((r) => setTimeout(r, 20));

describe('holding hook messages until the capture half starts', () => {
  test('messages before the capture half are held, then given in order, then passed on as they come', async () => {
    stop = holdHookMessages(window);
    const port = await handOver();
    port.postMessage(message('https://x.com/1'));
    port.postMessage(message('https://x.com/2'));
    await flush();
    const got: string[] = [];
    takeHookMessages(window, (r) => got.push(r.ok ? r.message.url : r.error));
    expect(got).toEqual(['https://x.com/1', 'https://x.com/2']);
    port.postMessage(message('https://x.com/3'));
    port.postMessage({ channel: BRIDGE_CHANNEL, url: 5 });
    await flush();
    expect(got).toEqual(['https://x.com/1', 'https://x.com/2', 'https://x.com/3', 'bridge message failed validation']);
    port.close();
  });

  test(`at most ${HELD_MAX} messages are held for a capture half that has not started`, async () => {
    stop = holdHookMessages(window);
    const port = await handOver();
    for (let i = 0; i < HELD_MAX + 20; i++) port.postMessage(message(`https://x.com/${i}`));
    await flush();
    const got: string[] = [];
    takeHookMessages(window, (r) => got.push(r.ok ? r.message.url : r.error));
    expect(got).toHaveLength(HELD_MAX);
    expect(got.at(-1)).toBe(`https://x.com/${HELD_MAX - 1}`);
    port.close();
  });
});
