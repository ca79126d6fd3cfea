import {
  BRIDGE_CHANNEL,
  BRIDGE_DRAINED,
  BRIDGE_HANDOFF,
  BRIDGE_REDIRECT,
  MAX_BODY,
  type BridgeMessage,
} from './channel';

/**
 * Observes the page's own fetch and XHR responses whose URL matches `pattern` and posts their
 * bodies to the isolated content script over a private MessagePort (or to the port it redirects
 * them to: X's parse worker). The page gets its original
 * response object untouched and at once; only matching responses are cloned, and reading the
 * clone happens after the page has it. A fetch body travels as its bytes, transferred: decoding
 * it here and copying the text across would cost the page's main thread about 2 ms per 260 KB
 * response (issue #17). Nothing here may throw into the page.
 */
export function installHook(win: Window & typeof globalThis, pattern: RegExp): void {
  // A private channel to the isolated script, handed over before any page script runs: scripts
  // that run later cannot post into it (issue #13). Its postMessage is taken now, so a page that
  // later patches MessagePort.prototype cannot see or reuse the port through it.
  const { port1: port, port2 } = new win.MessageChannel();
  const send = port.postMessage;
  const apply = Reflect.apply;
  win.postMessage({ channel: BRIDGE_HANDOFF }, win.location.origin, [port2]);

  // Where bodies go: the private port, or the port the isolated script redirects them to (its
  // parse worker's), so a body's bytes cross the page's thread once. Only the isolated script
  // holds the private port's other end; the event's getters are taken now, before any page
  // script could patch them to catch the port handed over.
  let target = port;
  const proto = win.MessageEvent.prototype;
  const dataOf = Object.getOwnPropertyDescriptor(proto, 'data')?.get;
  const portsOf = Object.getOwnPropertyDescriptor(proto, 'ports')?.get;
  const setOnMessage = Object.getOwnPropertyDescriptor(win.MessagePort.prototype, 'onmessage')?.set;
  const onRedirect = (event: MessageEvent) => {
    try {
      if (!dataOf || !portsOf) return;
      const data = apply(dataOf, event, []) as { channel?: unknown } | null;
      if (data?.channel !== BRIDGE_REDIRECT) return;
      const ports = apply(portsOf, event, []) as readonly MessagePort[];
      if (target !== port) apply(send, target, [{ channel: BRIDGE_DRAINED }]);
      // Not `ports[0] ?? port`: an empty list's [0] would be read from Array.prototype.
      target = ports.length === 1 ? (ports[0] as MessagePort) : port;
    } catch {
      // A malformed redirect changes nothing.
    }
  };
  // Listened to from the first post on, not at page load (starting a port costs the load; no
  // redirect comes before the isolated script has seen a body). Its setter taken now, too.
  let redirectable = false;
  const listen = () => {
    redirectable = true;
    if (setOnMessage) apply(setOnMessage, port, [onRedirect]);
  };

  const post = (url: string, method: string, status: number, requestBody: unknown, body: string | ArrayBuffer) => {
    if ((typeof body === 'string' ? body.length : body.byteLength) > MAX_BODY) return;
    if (!redirectable) listen();
    const msg: BridgeMessage = {
      channel: BRIDGE_CHANNEL,
      url,
      method,
      status,
      requestBody: typeof requestBody === 'string' && requestBody.length <= 20_000 ? requestBody : null,
      body,
    };
    apply(send, target, typeof body === 'string' ? [msg] : [msg, [body]]);
  };

  const originalFetch = win.fetch;
  const requestBodies = new WeakMap<Request, Promise<string | null>>();
  win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const [request] = args;
    try {
      // Copied before fetch() consumes it; only for the requests we observe.
      if (request instanceof Request && args[1]?.body === undefined && pattern.test(request.url) && !request.bodyUsed)
        requestBodies.set(
          request,
          request
            .clone()
            .text()
            .catch(() => null),
        );
    } catch {
      // A body we cannot copy is simply not observed.
    }
    const pending = originalFetch.apply(this, args);
    try {
      const [input, init] = args;
      const url = input instanceof Request ? input.url : String(input);
      if (!pattern.test(url)) return pending;
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      // A Request carries its own body (X's POST list requests name the list's owner there): the
      // copy taken above, before fetch() consumed the original.
      const body: Promise<unknown> =
        init?.body !== undefined || !(input instanceof Request) || input.bodyUsed
          ? Promise.resolve(init?.body)
          : (requestBodies.get(input) ?? Promise.resolve(null));
      pending.then((res) => {
        Promise.all([res.clone().arrayBuffer(), body]).then(
          ([bytes, requestBody]) => post(res.url || url, method, res.status, requestBody, bytes),
          noop,
        );
      }, noop);
    } catch {
      // Observation is best effort; the page's request already went out unchanged.
    }
    return pending;
  } as typeof fetch;

  const xhr = win.XMLHttpRequest.prototype;
  const originalOpen = xhr.open;
  const originalSend = xhr.send;
  const seen = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  const listening = new WeakSet<XMLHttpRequest>();
  xhr.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    const href = String(url);
    // An XHR object can be opened again for another URL: what it fetches now decides.
    if (pattern.test(href)) seen.set(this, { method, url: href });
    else seen.delete(this);
    return (originalOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof xhr.open;
  const bodies = new WeakMap<XMLHttpRequest, unknown>();
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (seen.has(this)) {
      bodies.set(this, body);
      // One listener per object, however often it is sent again: one post per response.
      if (!listening.has(this)) {
        listening.add(this);
        this.addEventListener('load', () => {
          const info = seen.get(this);
          if (!info) return;
          try {
            // A `json` response the browser could not parse is null: posted as no text, so capture
            // health counts it as "not JSON" instead of reading a JSON null.
            const text =
              this.responseType === '' || this.responseType === 'text'
                ? this.responseText
                : this.responseType === 'json'
                  ? this.response === null
                    ? ''
                    : JSON.stringify(this.response)
                  : null;
            if (text !== null) post(this.responseURL || info.url, info.method, this.status, bodies.get(this), text);
          } catch {
            // A response we cannot read is simply not observed.
          }
        });
      }
    }
    return originalSend.call(this, body);
  };
}

function noop(): void {}
