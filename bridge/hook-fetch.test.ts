import { afterEach, describe, expect, test, vi } from 'vitest';
import { BRIDGE_CHANNEL, MAX_BODY } from './channel';
import { FOLLOWERS, HOME, JSON_BODY, ORIGIN, hookedPage, jsonResponse, settle } from './hook-test-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('installHook: fetch', () => {
  test('the page gets the very promise and Response its fetch returned, body unread', async () => {
    const page = hookedPage(async () => jsonResponse());
    const init = { method: 'GET', headers: { authorization: 'Bearer t' } };
    const pending = page.win.fetch(FOLLOWERS, init);
    expect(pending).toBe(page.returned[0]);
    expect(page.network).toHaveBeenCalledWith(FOLLOWERS, init);
    const res = await pending;
    expect(res.bodyUsed).toBe(false);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('42');
    expect(await res.json()).toEqual(JSON.parse(JSON_BODY));
  });

  test('a matching response is posted to this window as text, with its method and status', async () => {
    const page = hookedPage(async () => jsonResponse(JSON_BODY, 201));
    await (await page.win.fetch(FOLLOWERS)).text();
    await settle();
    expect(page.posted).toEqual([
      {
        message: {
          channel: BRIDGE_CHANNEL,
          url: FOLLOWERS,
          method: 'GET',
          status: 201,
          requestBody: null,
          body: JSON_BODY,
        },
        targetOrigin: ORIGIN,
      },
    ]);
  });

  test('a fetch body crosses as its bytes, transferred, not as text decoded in the page', async () => {
    const text = '{"data":{"name":"Zoë 🚀"}}';
    const page = hookedPage(async () => jsonResponse(text));
    expect(await (await page.win.fetch(FOLLOWERS)).json()).toEqual(JSON.parse(text));
    await settle();
    const [bytes] = page.bodyBytes;
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(bytes?.byteLength).toBe(new TextEncoder().encode(text).length);
    expect(page.posted[0]?.message.body).toBe(text);
  });

  test('a URL that does not match the pattern posts nothing', async () => {
    const page = hookedPage(async () => jsonResponse());
    expect(await (await page.win.fetch(HOME)).json()).toEqual(JSON.parse(JSON_BODY));
    await settle();
    expect(page.posted).toEqual([]);
    // The same page's matching request is observed, so the hook was listening all along.
    await page.win.fetch(FOLLOWERS);
    await settle();
    expect(page.posted.map((p) => p.message.url)).toEqual([FOLLOWERS]);
  });

  test('a matching body that is not JSON reaches the page whole, and is posted as the same text', async () => {
    const html = '<!doctype html><title>Rate limit exceeded</title>';
    const page = hookedPage(async () => new Response(html, { status: 429, headers: { 'content-type': 'text/html' } }));
    const res = await page.win.fetch(FOLLOWERS);
    expect(res.status).toBe(429);
    expect(await res.text()).toBe(html);
    await settle();
    // Deciding that this is not JSON is the isolated side's job (content/observed.ts).
    expect(page.posted.map((p) => [p.message.status, p.message.body])).toEqual([[429, html]]);
  });

  test('a non-JSON body fails res.json() for the page as it would without the hook', async () => {
    const page = hookedPage(async () => new Response('not json', { status: 200 }));
    await expect((await page.win.fetch(FOLLOWERS)).json()).rejects.toThrow(SyntaxError);
  });

  test('a Request object: its URL and method are what is posted', async () => {
    const page = hookedPage(async () => jsonResponse());
    const request = new Request(FOLLOWERS, { method: 'POST', body: '{"q":1}' });
    const res = await page.win.fetch(request);
    expect(page.network).toHaveBeenCalledWith(request);
    expect(await res.json()).toEqual(JSON.parse(JSON_BODY));
    await settle();
    // A Request's own body is read from a copy taken before fetch() consumed it (X's POST list
    // requests name the list's owner there); the page's request went out as it was.
    expect(page.posted.map((p) => [p.message.url, p.message.method, p.message.requestBody])).toEqual([
      [FOLLOWERS, 'POST', '{"q":1}'],
    ]);
    expect(request.bodyUsed).toBe(false);
  });

  test('a string request body is kept up to 20,000 characters; other bodies are not', async () => {
    const page = hookedPage(async () => jsonResponse());
    await page.win.fetch(FOLLOWERS, { method: 'POST', body: '{"cursor":"c1"}' });
    await page.win.fetch(FOLLOWERS, { method: 'POST', body: 'x'.repeat(20_001) });
    await page.win.fetch(FOLLOWERS, { method: 'POST', body: new URLSearchParams({ a: '1' }) });
    await settle();
    expect(page.posted.map((p) => p.message.requestBody)).toEqual(['{"cursor":"c1"}', null, null]);
  });

  test('a body over MAX_BODY is not posted, and the page still reads it', async () => {
    const big = `"${'x'.repeat(MAX_BODY)}"`;
    const page = hookedPage(async () => new Response(big));
    expect(await (await page.win.fetch(FOLLOWERS)).text()).toHaveLength(MAX_BODY + 2);
    await settle();
    expect(page.posted).toEqual([]);
  });

  test("a failed request rejects for the page with the network's own error", async () => {
    const failure = new TypeError('Failed to fetch');
    const page = hookedPage(async () => Promise.reject(failure));
    await expect(page.win.fetch(FOLLOWERS)).rejects.toBe(failure);
    await settle();
    expect(page.posted).toEqual([]);
  });
});
