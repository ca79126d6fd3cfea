import type { Runtime } from 'webextension-polyfill';
import { messageTable } from '@/messaging/table';
import { exportRequest, partWriter, PORT_NAMES, RESTORE_MAX_CHARS, restoreMessage } from '@/messaging/stream';
import type { Self } from '@/messaging/dispatch';
import { writeBackup } from '@/storage/backup-write';
import { csvExport } from '@/storage/export-csv';
import type { Api, World } from './handlers';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Exports and restores of any size, streamed over ports (the protocol: messaging/stream.ts). Only
 * Touchline's own pages may connect: a content script's port is closed unanswered.
 */
export function onPort(port: Runtime.Port, self: Self, w: World, api: Api): void {
  const sender = port.sender;
  if (sender?.id !== self.id || sender.url?.startsWith(self.origin) !== true) return port.disconnect();
  if (port.name === PORT_NAMES.restore) return restore(port, api);
  if (port.name !== PORT_NAMES.backup && port.name !== PORT_NAMES.csv) return port.disconnect();
  const name = port.name;
  port.onMessage.addListener((raw: unknown) => {
    const request = exportRequest.safeParse(raw);
    const payload = messageTable[name].safeParse(request.data?.payload ?? {});
    if (!payload.success) return port.postMessage({ error: `Invalid "${name}" request.` });
    void send(port, name, payload.data, w).catch((e: unknown) => port.postMessage({ error: message(e) }));
  });
}

async function send(port: Runtime.Port, name: 'backup.export' | 'export.csv', payload: object, w: World) {
  const out = partWriter((part) => port.postMessage({ part }));
  let filename = '';
  let chars = 0;
  if (name === 'backup.export') {
    chars = await writeBackup(w.db, w.now(), out.write);
  } else {
    const csv = csvExport(w.db, payload, w.now());
    filename = csv.filename;
    for await (const part of csv.parts) {
      chars += part.length;
      out.write(part);
    }
  }
  out.flush();
  port.postMessage({ done: { filename, chars } });
}

/** Collects a backup's parts, then restores (or previews) it exactly as the one-message API does. */
function restore(port: Runtime.Port, api: Api): void {
  const parts: string[] = [];
  let chars = 0;
  let failed = false;
  const fail = (error: string) => {
    failed = true;
    parts.length = 0;
    port.postMessage({ ok: false, error });
  };
  port.onMessage.addListener((raw: unknown) => {
    if (failed) return;
    const msg = restoreMessage.safeParse(raw);
    if (!msg.success) return fail('Invalid part of a backup: nothing was imported.');
    if ('part' in msg.data) {
      chars += msg.data.part.length;
      if (chars > RESTORE_MAX_CHARS) return fail(`Backups over ${RESTORE_MAX_CHARS / 1024 / 1024} MB cannot be read.`);
      return void parts.push(msg.data.part);
    }
    let backup: unknown;
    try {
      backup = JSON.parse(parts.join(''));
    } catch (e) {
      return fail(`This file is not JSON, so not a Touchline backup (${message(e)}).`);
    } finally {
      parts.length = 0;
    }
    const { mode } = msg.data.end;
    const work = mode === 'preview' ? api['backup.preview']({ backup }) : api['backup.import']({ backup, mode });
    work.then(
      (data) => port.postMessage({ ok: true, data }),
      (e: unknown) => port.postMessage({ ok: false, error: message(e) }),
    );
  });
}
