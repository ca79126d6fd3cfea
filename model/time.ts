import { z } from 'zod';

// Extension pages cannot eval (MV3's CSP): tell zod not to try, not even to probe (issue #16).
z.config({ jitless: true });

/** Every stored time: an ISO 8601 UTC string (`2026-11-22T12:00:00.000Z`). */
export const isoTime = z.iso.datetime({ offset: false });
