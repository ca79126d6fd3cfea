import { z } from 'zod';

/**
 * Exports and restores too large for one runtime message travel over a port (issue #13), in parts
 * of at most PART_CHARS. The protocol, per port name:
 * - `backup.export`, `export.csv`: the client posts `{ payload }` (that message type's payload);
 *   Touchline posts `{ part }` … then `{ done: { filename, chars } }`, or `{ error }`.
 * - `backup.import`: the client posts `{ part }` … then `{ end: { mode } }`, where `mode` is
 *   `merge`, `replace` or `preview`; Touchline answers once, `{ ok: true, data }` or `{ ok: false, error }`,
 *   with the same data as the `backup.import` or `backup.preview` message.
 */
export const PORT_NAMES = { backup: 'backup.export', csv: 'export.csv', restore: 'backup.import' } as const;
export type PortName = (typeof PORT_NAMES)[keyof typeof PORT_NAMES];

/** 1 MiB of text per port message: far inside any runtime limit, few enough messages for 150 MB. */
export const PART_CHARS = 1024 * 1024;

/**
 * What one runtime message may carry ("no single message more than a few MB"; Chrome refuses
 * 64 MiB). Beyond it `backup.export` and `export.csv` answer with the streaming ways instead.
 */
export const MESSAGE_MAX_CHARS = 8 * 1024 * 1024;

/**
 * The largest backup a restore reads: a JavaScript string holds at most 2^29 characters (V8), and
 * the file is one JSON document. An export of 250,000 leads with touches is about 150 MB.
 */
export const RESTORE_MAX_CHARS = 500 * 1024 * 1024;

/** An export too large for one message; the reply names the streaming ways. */
export class TooLargeForMessage extends Error {
  constructor(what: string) {
    super(
      `${what} is larger than one message may carry (${MESSAGE_MAX_CHARS / 1024 / 1024} MB): use the ` +
        `dashboard's download, or stream it over a port named "${PORT_NAMES.backup}" or "${PORT_NAMES.csv}" (docs/backup.md).`,
    );
  }
}

export const restoreMessage = z.union([
  z.object({ part: z.string().max(PART_CHARS) }),
  z.object({ end: z.object({ mode: z.enum(['merge', 'replace', 'preview']) }) }),
]);
export const exportRequest = z.object({ payload: z.unknown() });

/**
 * Joins or cuts text pieces into parts of at most `max` characters, handing each full part to
 * `emit`, in order; `flush` hands over the rest.
 */
export function partWriter(emit: (part: string) => void, max = PART_CHARS) {
  let pending = '';
  return {
    write(text: string) {
      pending += text;
      while (pending.length >= max) {
        emit(pending.slice(0, max));
        pending = pending.slice(max);
      }
    },
    flush() {
      if (pending) emit(pending);
      pending = '';
    },
  };
}
