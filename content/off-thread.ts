import type { BridgeMessage } from '@/bridge/channel';
import { whenIdle } from './idle';

/** How long a worker may take to start before the tab reads on its own thread instead. */
const START_MS = 3_000;
/** A worker with nothing to read for this long is stopped (a thread per idle X tab adds up); the next response starts one again. */
const IDLE_MS = 60_000;

interface Job<C, R> {
  id: number;
  message: BridgeMessage;
  context: C;
  /** Handed to the worker (it keeps the message: a worker that fails is read here instead). */
  posted: boolean;
  /** Queued to be read on this thread. */
  local: boolean;
  done: boolean;
  read?: R;
}

type FromWorker = { ready: true } | { id: number; read: unknown };

/**
 * Reads hooked responses off the page's main thread (issue #17). Content scripts share that
 * thread with the page, and decoding and parsing a 260 KB X response on it costs about 8 ms
 * (CDP CPU profile: decode 2.6, zod and the parsers 3, garbage collection 1.7); in a worker the
 * page pays only the copy in and the people out. The worker is a blob worker of the page's
 * origin that loads `script` (an extension file, web-accessible at a per-session URL), so the page's
 * CSP decides whether it may start (X's `worker-src 'self' blob:` allows it). Until it is ready,
 * and for good if it fails (CSP, no Worker, `script` null), each response is read here when the
 * page is idle, as before. Reads are delivered in the order the responses arrived, whichever
 * side read them: list pages are numbered on delivery.
 */
export function offThreadReader<C, R>(opts: {
  script: string | null;
  read: (message: BridgeMessage) => R;
  deliver: (read: R, context: C) => void;
}): (message: BridgeMessage, context: C) => void {
  const jobs: Job<C, R>[] = [];
  const sent = new Map<number, Job<C, R>>();
  let nextId = 0;
  let state: 'cold' | 'starting' | 'ready' | 'failed' = opts.script ? 'cold' : 'failed';
  let worker: Worker | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    while (jobs[0]?.done) {
      const job = jobs.shift() as Job<C, R>;
      opts.deliver(job.read as R, job.context);
    }
  };
  const finish = (job: Job<C, R>, read: R) => {
    if (job.done) return;
    job.done = true;
    job.read = read;
    sent.delete(job.id);
    flush();
    if (state === 'ready' && sent.size === 0) {
      clearTimeout(idle);
      idle = setTimeout(() => {
        if (state !== 'ready' || sent.size > 0) return;
        worker?.terminate();
        worker = null;
        state = 'cold';
      }, IDLE_MS);
    }
  };
  const readHere = (job: Job<C, R>) => {
    if (job.local || job.done) return;
    job.local = true;
    whenIdle(() => finish(job, opts.read(job.message)));
  };
  const post = (job: Job<C, R>) => {
    job.posted = true;
    sent.set(job.id, job);
    // Copied, not transferred: the bytes stay here until the answer, for a worker that fails.
    worker?.postMessage({ id: job.id, message: job.message });
  };
  const fail = () => {
    state = 'failed';
    worker?.terminate();
    worker = null;
    for (const job of jobs) readHere(job);
  };
  const start = (script: string) => {
    state = 'starting';
    let src = '';
    try {
      src = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(script)})`], { type: 'text/javascript' }));
      const w = new Worker(src);
      worker = w;
      const timer = setTimeout(fail, START_MS);
      const settle = () => {
        clearTimeout(timer);
        URL.revokeObjectURL(src);
      };
      w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (worker !== w) return; // an answer that was still queued when the worker was given up
        if ('ready' in data) {
          settle();
          state = 'ready';
          for (const job of jobs) if (!job.posted && !job.local && !job.done) post(job);
        } else {
          const job = sent.get(data.id);
          if (job) finish(job, data.read as R);
        }
      };
      w.onerror = w.onmessageerror = (event: Event) => {
        event.preventDefault();
        settle();
        fail();
      };
    } catch {
      if (src) URL.revokeObjectURL(src);
      fail();
    }
  };
  // A tab closing with answers outstanding reads them here, so what it saw is still sent.
  addEventListener('pagehide', () => {
    for (const job of [...jobs]) if (!job.done) finish(job, opts.read(job.message));
  });

  return (message, context) => {
    clearTimeout(idle);
    const job: Job<C, R> = { id: nextId++, message, context, posted: false, local: false, done: false };
    jobs.push(job);
    if (state === 'cold' && opts.script) start(opts.script);
    if (state === 'ready') post(job);
    else if (state === 'failed') readHere(job);
  };
}

/** The worker's side: announce readiness, then answer each message with `read` of it. */
export function serveReads(read: (message: BridgeMessage) => unknown): void {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<{ id: number; message: BridgeMessage }>) => void) | null;
    postMessage(data: FromWorker): void;
  };
  scope.onmessage = ({ data }) => {
    let answer: unknown = null;
    try {
      answer = read(data.message);
    } catch {
      // A read never throws by contract (parsers count what they skip); null if one ever does.
    }
    scope.postMessage({ id: data.id, read: answer });
  };
  scope.postMessage({ ready: true });
}
