import browser, { type Runtime } from 'webextension-polyfill';
import { partWriter, PORT_NAMES } from '@/messaging/stream';

/** A port's answer as a promise: the first message `settle` accepts, or the port closing first. */
function until<T>(port: Runtime.Port, settle: (msg: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((msg: unknown) => {
      try {
        const done = settle(msg);
        if (done !== undefined) resolve(done);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('Touchline stopped answering. Try again.')));
  });
}

/**
 * The whole backup as a Blob, streamed from the background in parts (messaging/stream.ts): the
 * text never exists as one string here either, each part goes into the Blob as it comes.
 */
export async function streamBackup(): Promise<Blob> {
  const port = browser.runtime.connect({ name: PORT_NAMES.backup });
  const parts: Blob[] = [];
  const done = until(port, (msg) => {
    const m = msg as { part?: string; done?: unknown; error?: string };
    if (typeof m.part === 'string') parts.push(new Blob([m.part]));
    else if (m.error) throw new Error(m.error);
    else if (m.done) return true;
    return undefined;
  });
  port.postMessage({ payload: {} });
  try {
    await done;
  } finally {
    port.disconnect();
  }
  return new Blob(parts, { type: 'application/json' });
}

/**
 * Sends a backup file to the background in parts, decoded as UTF-8 as it is read (so a character is
 * never cut in two), then asks for `mode`; answers what `backup.preview` / `backup.import` answer.
 */
export async function streamRestore<T>(file: Blob, mode: 'merge' | 'replace' | 'preview'): Promise<T> {
  const port = browser.runtime.connect({ name: PORT_NAMES.restore });
  const reply = until(port, (msg) => {
    const m = msg as { ok?: boolean; data?: T; error?: string };
    if (m.ok === true) return { data: m.data as T };
    if (m.ok === false) throw new Error(m.error ?? 'The backup was not imported.');
    return undefined;
  });
  // Awaited below; marked handled now, since a refusal may come while the file is still being sent.
  reply.catch(() => {});
  try {
    const out = partWriter((part) => port.postMessage({ part }));
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.write(r.value);
    out.flush();
    port.postMessage({ end: { mode } });
    return (await reply).data;
  } finally {
    port.disconnect();
  }
}
