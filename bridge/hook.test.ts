import { afterEach, describe, expect, test, vi } from 'vitest';
import { X_HOOK_PATTERN } from '@/capture/x/hook-pattern';
import { BRIDGE_CHANNEL, MAX_BODY, type BridgeMessage } from './channel';
import { installHook } from './hook';

// installHook takes its window, so the page is a hand-made stand-in: a `fetch` answering with
// real (Node) Responses and an XMLHttpRequest class the test answers by hand. Each test gets a
// fresh window, since the hook patches the XHR prototype it is given.

const ORIGIN = 'https://x.com';
const FOLLOWERS = `${ORIGIN}/i/api/graphql/Xq1/Followers?variables=%7B%22userId%22%3A%221%22%7D`;
const HOME = `${ORIGIN}/i/api/graphql/Xq2/HomeTimeline?variables=%7B%7D`;
const JSON_BODY = '{"data":{"user":{"rest_id":"1"}}}';

/**
 * A page's XMLHttpRequest, answered by `respond`; only what the hook and a page use. Its `load`
 * listeners run in order and let exceptions out, so a throwing hook fails the test at once.
 */
function xhrClass() {
  return class FakeXhr {
    listeners: (() => void)[] = [];
    responseType: XMLHttpRequestResponseType = '';
    status = 0;
    responseURL = '';
    responseText = '';
    response: unknown = '';
    opened: unknown[] = [];
    sent: unknown[] = [];
    addEventListener(type: string, listener: () => void): void {
      if (type === 'load') this.listeners.push(listener);
    }
    load(): void {
      for (const listener of this.listeners) listener();
    }
    open(...args: unknown[]): void {
      this.opened = args;
    }
    send(...args: unknown[]): void {
      this.sent = args;
    }
    /** The network answers: fills the response the way a browser does for this responseType. */
    respond(status: number, text: string, responseURL = ''): void {
      this.status = status;
      this.responseURL = responseURL;
      if (this.responseType === '' || this.responseType === 'text') {
        this.responseText = text;
        this.response = text;
      } else if (this.responseType === 'json') {
        this.response = parseOrNull(text);
      } else {
        this.response = new Blob([text]);
      }
      this.load();
    }
  };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type FakeXhr = InstanceType<ReturnType<typeof xhrClass>>;

/** A page whose network answers each fetch with `answer`, hooked with the real X pattern. */
function hookedPage(answer: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const posted: { message: BridgeMessage; targetOrigin: string }[] = [];
  const returned: Promise<Response>[] = [];
  const network = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const pending = answer(input, init);
    returned.push(pending);
    return pending;
  });
  const XhrClass = xhrClass();
  const win = {
    location: { origin: ORIGIN },
    fetch: network,
    XMLHttpRequest: XhrClass,
    postMessage: (message: BridgeMessage, targetOrigin: string) => posted.push({ message, targetOrigin }),
  };
  installHook(win as unknown as Window & typeof globalThis, new RegExp(X_HOOK_PATTERN));
  const xhr = (): FakeXhr => new XhrClass();
  return { win, network, returned, posted, xhr };
}

const jsonResponse = (body = JSON_BODY, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', 'x-rate-limit-remaining': '42' } });

/** Lets the hook's clone-and-read (a few promise hops, then a body read) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

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
    // Only an init body is read as the request body; a Request's own body is left alone.
    expect(page.posted.map((p) => [p.message.url, p.message.method, p.message.requestBody])).toEqual([
      [FOLLOWERS, 'POST', null],
    ]);
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

  test('a URL that does not match the pattern posts nothing', () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.open('GET', HOME);
    xhr.send();
    xhr.respond(200, JSON_BODY);
    expect(xhr.responseText).toBe(JSON_BODY);
    expect(page.posted).toEqual([]);
  });

  test('a matching body that is not JSON reaches the page whole, and is posted as the same text', () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.open('GET', FOLLOWERS);
    xhr.send();
    expect(() => xhr.respond(503, 'Service Unavailable')).not.toThrow();
    expect(xhr.responseText).toBe('Service Unavailable');
    expect(page.posted.map((p) => [p.message.status, p.message.body])).toEqual([[503, 'Service Unavailable']]);
  });

  test('responseType json is posted re-serialised; the page keeps its parsed object', () => {
    const page = hookedPage(async () => jsonResponse());
    const xhr = page.xhr();
    xhr.responseType = 'json';
    xhr.open('POST', new URL(FOLLOWERS));
    xhr.send('{"cursor":"c2"}');
    xhr.respond(200, JSON_BODY);
    expect(xhr.response).toEqual(JSON.parse(JSON_BODY));
    expect(page.posted.map((p) => [p.message.url, p.message.method, p.message.requestBody, p.message.body])).toEqual([
      [FOLLOWERS, 'POST', '{"cursor":"c2"}', JSON_BODY],
    ]);
  });

  test('binary response types are not read, and the redirected URL is the one posted', () => {
    const page = hookedPage(async () => jsonResponse());
    const blob = page.xhr();
    blob.responseType = 'blob';
    blob.open('GET', FOLLOWERS);
    blob.send();
    blob.respond(200, JSON_BODY);
    expect(page.posted).toEqual([]);
    const moved = page.xhr();
    moved.open('GET', FOLLOWERS);
    moved.send();
    moved.respond(200, JSON_BODY, `${FOLLOWERS}&moved=1`);
    expect(page.posted.map((p) => p.message.url)).toEqual([`${FOLLOWERS}&moved=1`]);
  });

  test('a response the hook cannot read does not throw into the page', () => {
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
    expect(page.posted).toEqual([]);
  });
});
