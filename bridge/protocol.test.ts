import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { BRIDGE_CHANNEL, MAX_BODY } from './channel';
import { readBridgeMessage } from './protocol';

const good = {
  channel: BRIDGE_CHANNEL,
  url: 'https://x.com/i/api/graphql/Q/Followers',
  method: 'GET',
  status: 200,
  requestBody: null,
  body: '{"data":{}}',
};

describe('readBridgeMessage', () => {
  test('a well-formed message comes back as a fresh object without extra fields', () => {
    const read = readBridgeMessage({ ...good, extra: 'dropped', __proto__: { polluted: true } });
    expect(read).toEqual(good);
    expect(Object.keys(read ?? {})).toEqual(Object.keys(good));
    expect((read as unknown as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('a fetch body as bytes is accepted and kept as the same bytes', () => {
    const bytes = new TextEncoder().encode('{"a":1}').buffer;
    expect(readBridgeMessage({ ...good, body: bytes })?.body).toBe(bytes);
  });

  test("bytes from another realm are accepted too (Firefox hands over the page's own ArrayBuffer)", () => {
    const foreign = runInNewContext('new Uint8Array([123, 125]).buffer') as ArrayBuffer;
    expect(foreign instanceof ArrayBuffer).toBe(false);
    expect(readBridgeMessage({ ...good, body: foreign })?.body).toBe(foreign);
  });

  test.each([
    ['another channel', { channel: 'touchline:v0' }],
    ['a URL that is not text', { url: 42 }],
    ['a URL over 8,000 characters', { url: `https://x.com/${'a'.repeat(8_000)}` }],
    ['a method over 10 characters', { method: 'G'.repeat(11) }],
    ['a fractional status', { status: 200.5 }],
    ['a status that is text', { status: '200' }],
    ['a request body over 20,000 characters', { requestBody: 'x'.repeat(20_001) }],
    ['a request body that is an object', { requestBody: { cursor: 'c' } }],
    ['a body that is an object', { body: { data: {} } }],
    ['a typed array instead of its buffer', { body: new Uint8Array(4) }],
    ['an object posing as bytes', { body: { byteLength: 4 } }],
    ['a SharedArrayBuffer', { body: new SharedArrayBuffer(4) }],
    ['bytes over MAX_BODY', { body: new ArrayBuffer(MAX_BODY + 1) }],
  ])('%s is refused', (_name, change) => {
    expect(readBridgeMessage({ ...good, ...change })).toBeNull();
  });

  test.each([null, undefined, 'touchline:v1', 7, []])('%j is refused', (data) => {
    expect(readBridgeMessage(data)).toBeNull();
  });
});
