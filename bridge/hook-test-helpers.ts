// The hand-made page the hook tests install the hook into (not shipped: only *.test.ts files use it).
import { vi } from 'vitest';
import { X_HOOK_PATTERN } from '@/capture/x/hook-pattern';
import type { BridgeMessage } from './channel';
import { installHook } from './hook';

// installHook takes its window, so the page is a hand-made stand-in: a `fetch` answering with
// real (Node) Responses and an XMLHttpRequest class the test answers by hand. Each test gets a
// fresh window, since the hook patches the XHR prototype it is given.

export const ORIGIN = 'https://x.com';
export const FOLLOWERS = `${ORIGIN}/i/api/graphql/Xq1/Followers?variables=%7B%22userId%22%3A%221%22%7D`;
export const HOME = `${ORIGIN}/i/api/graphql/Xq2/HomeTimeline?variables=%7B%7D`;
export const JSON_BODY = '{"data":{"user":{"rest_id":"1"}}}';

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
export function hookedPage(answer: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const posted: { message: BridgeMessage; targetOrigin: string }[] = [];
  const bodyBytes: (ArrayBuffer | null)[] = [];
  const returned: Promise<Response>[] = [];
  const network = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const pending = answer(input, init);
    returned.push(pending);
    return pending;
  });
  const XhrClass = xhrClass();
  // The isolated script's end of the private port, for tests that talk back to the hook.
  const handed: MessagePort[] = [];
  // The hook hands a private port to this window's origin, then posts every response on it
  // (issue #13): each message is recorded with the origin its port was handed to.
  const win = {
    location: { origin: ORIGIN },
    fetch: network,
    XMLHttpRequest: XhrClass,
    MessageChannel,
    MessageEvent,
    MessagePort,
    postMessage: (_handoff: unknown, targetOrigin: string, [port]: MessagePort[]) => {
      if (port) handed.push(port);
      // A fetch body arrives as bytes; recorded as its text (and as bytes in `bodyBytes`), so
      // tests compare what was posted with what the page read.
      port?.addEventListener('message', (e: MessageEvent<BridgeMessage>) => {
        const { body } = e.data;
        const bytes = typeof body === 'string' ? null : body;
        posted.push({ message: { ...e.data, body: bytes ? new TextDecoder().decode(bytes) : body }, targetOrigin });
        bodyBytes.push(bytes);
      });
      port?.start();
      (port as unknown as { unref?: () => void } | undefined)?.unref?.();
    },
  };
  installHook(win as unknown as Window & typeof globalThis, new RegExp(X_HOOK_PATTERN));
  const xhr = (): FakeXhr => new XhrClass();
  return { win, network, returned, posted, bodyBytes, xhr, handed };
}

export const jsonResponse = (body = JSON_BODY, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', 'x-rate-limit-remaining': '42' } });

/** Lets the hook's clone-and-read (a few promise hops, then a body read) finish. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A valid hook message for `url` with a tiny JSON body, as the isolated side receives it. */
export const bridgeMessage = (url: string): BridgeMessage => ({
  channel: 'touchline:v1',
  url,
  method: 'GET',
  status: 200,
  requestBody: null,
  body: '{}',
});
