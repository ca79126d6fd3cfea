import { z } from 'zod';

/** Every stored time: an ISO 8601 UTC string (`2026-11-22T12:00:00.000Z`). */
export const isoTime = z.iso.datetime({ offset: false });
