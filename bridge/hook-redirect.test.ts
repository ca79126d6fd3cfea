import { expect, test } from 'vitest';
import { BRIDGE_CHANNEL, BRIDGE_DRAINED, BRIDGE_REDIRECT, type BridgeMessage } from './channel';
import { FOLLOWERS, JSON_BODY, hookedPage, jsonResponse, settle } from './hook-test-helpers';

/** Messages arriving on `port`, fetch bodies as text. */
function collect(port: MessagePort) {
  const got: unknown[] = [];
  port.onmessage = (e: MessageEvent<BridgeMessage | { channel: string }>) => {
    const body = 'body' in e.data ? e.data.body : undefined;
    got.push(body instanceof ArrayBuffer ? { ...e.data, body: new TextDecoder().decode(body) } : e.data);
  };
  (port as unknown as { unref?: () => void }).unref?.();
  return got;
}

/**
 * A hooked page that posted one body on its private port (the isolated script starts its worker
 * only then), whose private port then asked the hook to post to a stand-in worker's port.
 */
async function redirected() {
  const page = hookedPage(async () => jsonResponse());
  const [privatePort] = page.handed;
  const fetched = async () => {
    await (await page.win.fetch(FOLLOWERS)).json();
    await settle();
  };
  await fetched();
  expect(page.posted).toHaveLength(1);
  const worker = new MessageChannel();
  const atWorker = collect(worker.port2);
  privatePort?.postMessage({ channel: BRIDGE_REDIRECT }, [worker.port1]);
  await settle();
  return { page, privatePort, worker, atWorker, fetched };
}

test('redirected, the hook posts bodies to the given port (the parse worker) instead of the private one', async () => {
  const { page, worker, atWorker, fetched } = await redirected();
  await fetched();
  expect(page.posted).toHaveLength(1);
  expect(atWorker).toEqual([
    { channel: BRIDGE_CHANNEL, url: FOLLOWERS, method: 'GET', status: 200, requestBody: null, body: JSON_BODY },
  ]);
  worker.port2.close();
});

test('pointed back, the hook tells the port it leaves that nothing follows, and posts on the private port again', async () => {
  const { page, privatePort, worker, atWorker, fetched } = await redirected();
  privatePort?.postMessage({ channel: BRIDGE_REDIRECT });
  await settle();
  await fetched();
  expect(atWorker).toEqual([{ channel: BRIDGE_DRAINED }]);
  expect(page.posted.map((p) => p.message.body)).toEqual([JSON_BODY, JSON_BODY]);
  worker.port2.close();
});

test('anything else on the private port changes nothing', async () => {
  const page = hookedPage(async () => jsonResponse());
  const [privatePort] = page.handed;
  const other = new MessageChannel();
  const atOther = collect(other.port2);
  privatePort?.postMessage({ channel: 'touchline:something-else' }, [other.port1]);
  privatePort?.postMessage('not even an object');
  await settle();
  // The hook listens from its first post on: the second body shows what the messages did.
  await (await page.win.fetch(FOLLOWERS)).json();
  await settle();
  await (await page.win.fetch(FOLLOWERS)).json();
  await settle();
  expect(atOther).toEqual([]);
  expect(page.posted).toHaveLength(2);
  other.port2.close();
});
