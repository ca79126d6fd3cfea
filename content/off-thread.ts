import { BRIDGE_DRAINED, type BridgeMessage } from '@/bridge/channel';
import { readBridgeMessage } from '@/bridge/protocol';
import { whenIdle } from './idle';

/** How long a worker may take to start before the tab reads on its own thread instead. */
const START_MS = 3_000;
/** A worker with nothing to read for this long is stopped (a thread per idle X tab adds up); the next response starts one again. */
const IDLE_MS = 60_000;

interface Job<C, R> {
  id: number;
  message: BridgeMessage | null;
  context: C;
  /** Handed to the worker (it keeps the message: a worker that fails is read here instead). */
  posted: boolean;
  /** Queued to be read on this thread. */
  local: boolean;
  done: boolean;
  read?: R;
}

/** What the worker says: it started; the answer to a message posted to it; a read of a body the hook sent it directly; the hook has stopped sending. */
type FromWorker = { ready: true } | { id: number; read: unknown } | { direct: unknown } | { drained: true };
type ToWorker = { id: number; message: BridgeMessage } | { hook: MessagePort };

/**
 * Reads hooked responses off the page's main thread (issue #17). Content scripts share that
 * thread with the page, and decoding and parsing a 260 KB X response on it costs about 8 ms
 * (CDP CPU profile: decode 2.6, zod and the parsers 3, garbage collection 1.7). The worker is a
 * blob worker of the page's origin that loads `script` (an extension file, web-accessible at a
 * per-session URL), so the page's CSP decides whether it may start (X's `worker-src 'self' blob:`
 * allows it). Once it is ready, the hook is asked (`redirect`) to post bodies straight to it, so a
 * body crosses the page's thread once and only the people come back. Until then, and for good if
 * it fails (CSP, no Worker, `script` null), each response is read here when the page is idle, as
 * before. `arrived` is called as each response arrives, wherever it is read; reads are delivered
 * in that order: list pages are numbered on delivery.
 */
export function offThreadReader<C, R>(opts: {
  /** The worker's script URL, or null for none; asked when a worker first starts (not at page load: the runtime binding's first use costs the page). */
  script: () => string | null;
  read: (message: BridgeMessage) => R;
  arrived: () => C;
  deliver: (read: R, context: C) => void;
  /** Points the hook's posts at a port (the worker's), or back here with null; false if it cannot yet. */
  redirect: (to: MessagePort | null) => boolean;
}): (message: BridgeMessage) => void {
  const jobs: Job<C, R>[] = [];
  const sent = new Map<number, Job<C, R>>();
  let nextId = 0;
  let state: 'cold' | 'starting' | 'ready' | 'direct' | 'draining' | 'failed' = 'cold';
  let worker: Worker | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    while (jobs[0]?.done) {
      const job = jobs.shift() as Job<C, R>;
      opts.deliver(job.read as R, job.context);
    }
  };
  const stopWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (sent.size > 0) return;
      if (state === 'direct') {
        // The hook posts to the worker until it reads the redirect; the worker answers all of it, then "drained".
        state = 'draining';
        opts.redirect(null);
      } else if (state === 'ready') stop('cold');
    }, IDLE_MS);
  };
  const finish = (job: Job<C, R>, read: R) => {
    if (job.done) return;
    job.done = true;
    job.read = read;
    sent.delete(job.id);
    flush();
    if ((state === 'ready' || state === 'direct') && sent.size === 0) stopWhenIdle();
  };
  const arrive = (message: BridgeMessage | null): Job<C, R> => {
    clearTimeout(idle);
    const job: Job<C, R> = { id: nextId++, message, context: opts.arrived(), posted: false, local: false, done: false };
    jobs.push(job);
    return job;
  };
  const readHere = (job: Job<C, R>) => {
    if (job.local || job.done || !job.message) return;
    const { message } = job;
    job.local = true;
    whenIdle(() => finish(job, opts.read(message)));
  };
  const toWorker = (data: ToWorker, transfer: Transferable[] = []) => worker?.postMessage(data, transfer);
  const post = (job: Job<C, R>) => {
    if (!job.message) return;
    job.posted = true;
    sent.set(job.id, job);
    // Copied, not transferred: the bytes stay here until the answer, for a worker that fails.
    toWorker({ id: job.id, message: job.message });
  };
  const stop = (next: 'cold' | 'failed') => {
    if (state === 'direct') opts.redirect(null);
    state = next;
    worker?.terminate();
    worker = null;
    for (const job of jobs) if (!job.done) readHere(job);
  };
  const onReady = () => {
    state = 'ready';
    for (const job of jobs) if (!job.posted && !job.local && !job.done) post(job);
    const channel = new MessageChannel();
    toWorker({ hook: channel.port2 }, [channel.port2]);
    if (opts.redirect(channel.port1)) state = 'direct';
    else channel.port1.close();
  };
  const start = () => {
    const script = opts.script();
    if (!script) return stop('failed');
    state = 'starting';
    let src = '';
    try {
      src = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(script)})`], { type: 'text/javascript' }));
      const w = new Worker(src);
      worker = w;
      const timer = setTimeout(() => stop('failed'), START_MS);
      const settle = () => {
        clearTimeout(timer);
        URL.revokeObjectURL(src);
      };
      w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (worker !== w) return; // an answer that was still queued when the worker was given up
        if ('ready' in data) {
          settle();
          onReady();
        } else if ('drained' in data) {
          if (state === 'draining') stop('cold');
        } else if ('direct' in data) {
          const job = arrive(null);
          finish(job, data.direct as R);
        } else {
          const job = sent.get(data.id);
          if (job) finish(job, data.read as R);
        }
      };
      w.onerror = w.onmessageerror = (event: Event) => {
        event.preventDefault();
        settle();
        // What the hook had already sent it directly is lost with it; what was posted from here is read here.
        stop('failed');
      };
    } catch {
      if (src) URL.revokeObjectURL(src);
      stop('failed');
    }
  };
  // A tab closing with answers outstanding reads them here, so what it saw is still sent.
  addEventListener('pagehide', () => {
    for (const job of [...jobs]) if (!job.done && job.message) finish(job, opts.read(job.message));
  });

  return (message) => {
    const job = arrive(message);
    if (state === 'cold') start();
    if (state === 'ready' || state === 'direct') post(job);
    else if (state === 'failed' || state === 'draining') readHere(job);
  };
}

/**
 * The worker's side: announce readiness, then answer each message with `read` of it; bodies the
 * hook posts straight here are validated first (bridge/protocol.ts), as on the isolated side.
 */
export function serveReads(read: (message: BridgeMessage) => unknown): void {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
    postMessage(data: FromWorker): void;
  };
  const safely = (message: BridgeMessage) => {
    try {
      return read(message);
    } catch {
      return null; // A read never throws by contract (parsers count what they skip); null if one ever does.
    }
  };
  scope.onmessage = ({ data }) => {
    if ('hook' in data) {
      data.hook.onmessage = ({ data: posted }: MessageEvent<unknown>) => {
        if ((posted as { channel?: unknown } | null)?.channel === BRIDGE_DRAINED) {
          scope.postMessage({ drained: true });
          return;
        }
        const message = readBridgeMessage(posted);
        if (message) scope.postMessage({ direct: safely(message) });
      };
      return;
    }
    scope.postMessage({ id: data.id, read: safely(data.message) });
  };
  scope.postMessage({ ready: true });
}
