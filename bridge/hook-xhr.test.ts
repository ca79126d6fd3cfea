import { afterEach, describe, expect, test, vi } from 'vitest';
import { BRIDGE_CHANNEL } from './channel';
import { FOLLOWERS, HOME, JSON_BODY, ORIGIN, hookedPage, jsonResponse, settle } from './hook-test-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('installHook: XMLHttpRequest', () => {
  test('the page reads its response as the network gave it, and its own listeners run', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    const onLoad = vi.fn(() => JSON.parse(xhr.responseText) as unknown);
    xhr.addEventListener('load', onLoad);
    xhr.open('GET', FOLLOWERS, true);
    xhr.send(null);
    expect(xhr.opened).toEqual(['GET', FOLLOWERS, true]);
    expect(xhr.sent).toEqual([null]);
    xhr.respond(200, JSON_BODY);
    expect(onLoad).toHaveReturnedWith(JSON.parse(JSON_BODY));
    expect(xhr.status).toBe(200);
    expect(xhr.responseText).toBe(JSON_BODY);
    await settle(); // port messages arrive a task later
    expect(page.posted).toEqual([
      {
        message: {
          channel: BRIDGE_CHANNEL,
          url: FOLLOWERS,
          method: 'GET',
          status: 200,
          requestBody: null,
          body: JSON_BODY,
        },
        targetOrigin: ORIGIN,
      },
    ]);
  });

  test('a URL that does not match the pattern posts nothing', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.open('GET', HOME);
    xhr.send();
    xhr.respond(200, JSON_BODY);
    expect(xhr.responseText).toBe(JSON_BODY);
    await settle(); // port messages arrive a task later
    expect(page.posted).toEqual([]);
  });

  test('a matching body that is not JSON reaches the page whole, and is posted as the same text', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.open('GET', FOLLOWERS);
    xhr.send();
    expect(() => xhr.respond(503, 'Service Unavailable')).not.toThrow();
    expect(xhr.responseText).toBe('Service Unavailable');
    await settle(); // port messages arrive a task later
    expect(page.posted.map((p) => [p.message.status, p.message.body])).toEqual([[503, 'Service Unavailable']]);
  });

  test('responseType json is posted re-serialised; the page keeps its parsed object', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.responseType = 'json';
    xhr.open('POST', new URL(FOLLOWERS));
    xhr.send('{"cursor":"c2"}');
    xhr.respond(200, JSON_BODY);
    expect(xhr.response).toEqual(JSON.parse(JSON_BODY));
    await settle(); // port messages arrive a task later
    expect(page.posted.map((p) => [p.message.url, p.message.method, p.message.requestBody, p.message.body])).toEqual([
      [FOLLOWERS, 'POST', '{"cursor":"c2"}', JSON_BODY],
    ]);
  });

  test('binary response types are not read, and the redirected URL is the one posted', async () => {
    const page = hookedPage(async () => jsonResponse());
    const blob = page.xhr();
    blob.responseType = 'blob';
    blob.open('GET', FOLLOWERS);
    blob.send();
    blob.respond(200, JSON_BODY);
    await settle(); // port messages arrive a task later
    expect(page.posted).toEqual([]);
    const moved = page.xhr();
    moved.open('GET', FOLLOWERS);
    moved.send();
    moved.respond(200, JSON_BODY, `${FOLLOWERS}&moved=1`);
    await settle(); // port messages arrive a task later
    expect(page.posted.map((p) => p.message.url)).toEqual([`${FOLLOWERS}&moved=1`]);
  });

  test('a response the hook cannot read does not throw into the page', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    Object.defineProperty(xhr, 'responseText', {
      get: () => {
        throw new DOMException('not readable', 'InvalidStateError');
      },
    });
    const onLoad = vi.fn();
    xhr.addEventListener('load', onLoad);
    xhr.open('GET', FOLLOWERS);
    xhr.send();
    expect(() => xhr.load()).not.toThrow();
    expect(onLoad).toHaveBeenCalledTimes(1);
    await settle(); // port messages arrive a task later
    expect(page.posted).toEqual([]);
  });

  test('one XHR object sent again posts once per response, with the body of its own send', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    for (const body of ['{"cursor":"c1"}', '{"cursor":"c2"}', '{"cursor":"c3"}']) {
      xhr.open('POST', FOLLOWERS);
      xhr.send(body);
      xhr.respond(200, JSON_BODY);
    }
    await settle();
    expect(page.posted.map((p) => p.message.requestBody)).toEqual([
      '{"cursor":"c1"}',
      '{"cursor":"c2"}',
      '{"cursor":"c3"}',
    ]);
  });

  test('an XHR object opened again for a URL that does not match posts nothing', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.open('GET', FOLLOWERS);
    xhr.send();
    xhr.respond(200, JSON_BODY);
    xhr.open('GET', HOME);
    xhr.send();
    xhr.respond(200, JSON_BODY);
    await settle();
    expect(page.posted.map((p) => p.message.url)).toEqual([FOLLOWERS]);
  });

  test('a json response the browser could not parse is posted as no text, not as a JSON null', async () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.responseType = 'json';
    xhr.open('GET', FOLLOWERS);
    xhr.send();
    xhr.respond(429, '<html>rate limited</html>');
    await settle();
    expect(page.posted.map((p) => [p.message.status, p.message.body])).toEqual([[429, '']]);
  });
});
