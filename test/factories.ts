// The unit tests' one set of record factories (not shipped: only *.test.ts files import it).
// Each returns a complete record of the real type with fixed defaults, documented below, and
// takes `overrides` for what a test is about. Tests may rely on these defaults (the CSV tests
// read every cell of the default lead), so changing one means reading the tests that use it.
import type { CapturedPerson } from '@/capture/types';
import type { CaptureSignal } from '@/storage/merge';
import { leadSchema, signalSchema, touchSchema, type Lead, type Signal, type Touch } from '@/model';

/** 1 Nov 2026, 10:00 UTC: when the default lead was first seen and its default signal happened. */
export const FIRST_SEEN = '2026-11-01T10:00:00.000Z';

/**
 * A lead, checked against `leadSchema` (so no test stores a lead a backup could not hold).
 * Defaults: the X Developers account (`x:2244994945`, rest_id 2244994945, handle XDevelopers,
 * https://x.com/XDevelopers, an avatar URL), shown as "Ann", headline "Founder"; stage `new`,
 * no temperature, not do-not-contact, no aliases, tags, notes or signals; first seen and last
 * signal at `FIRST_SEEN`. None of the optional fields is set. Unknown keys are dropped.
 */
export function lead(overrides: Partial<Lead> = {}): Lead {
  return leadSchema.parse({
    id: 'x:2244994945',
    platform: 'x',
    platformUserId: '2244994945',
    handle: 'XDevelopers',
    aliases: [],
    displayName: 'Ann',
    headline: 'Founder',
    profileUrl: 'https://x.com/XDevelopers',
    avatarUrl: 'https://pbs.twimg.com/a.jpg',
    stage: 'new',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: FIRST_SEEN,
    lastSignalAt: FIRST_SEEN,
    signals: [],
    ...overrides,
  } satisfies Lead);
}

/**
 * A signal stored on a lead, checked against `signalSchema`. Defaults: followed, seen on
 * `x.followers` at `FIRST_SEEN`, for no particular own account (`account: null`).
 */
export function signal(overrides: Partial<Signal> = {}): Signal {
  return signalSchema.parse({
    kind: 'followed',
    at: FIRST_SEEN,
    source: 'x.followers',
    account: null,
    ...overrides,
  } satisfies Signal);
}

/**
 * A logged touch, checked against `touchSchema`. Defaults: on the default lead
 * (`x:2244994945`), by X DM, on 2 Nov 2026 10:00 UTC, no reply, no note or value proposition,
 * not the last attempt. Its id is `<leadId>@<at>` of the final lead and time unless given, so
 * touches of one lead at different times never collide in the table.
 */
export function touch(overrides: Partial<Touch> = {}): Touch {
  const leadId = overrides.leadId ?? 'x:2244994945';
  const at = overrides.at ?? '2026-11-02T10:00:00.000Z';
  return touchSchema.parse({
    id: `${leadId}@${at}`,
    leadId,
    channel: 'x_dm',
    at,
    note: '',
    valueProp: '',
    outcome: 'no_reply',
    lastAttempt: false,
    ...overrides,
  } satisfies Touch);
}

/**
 * A person as a capture hands them to storage. Not validated: tests feed storage what pages
 * send, the unkeyed and the odd included. Defaults: the X Developers account (rest_id
 * 2244994945, handle XDevelopers) and nothing else; every optional field is left out.
 */
export function captured(overrides: Partial<CapturedPerson> = {}): CapturedPerson {
  return { platform: 'x', platformUserId: '2244994945', handle: 'XDevelopers', ...overrides };
}

/**
 * The signal a capture carries. Defaults: followed, seen on `x.followers`, for no particular own
 * account (`account: null`).
 */
export function captureSignal(overrides: Partial<CaptureSignal> = {}): CaptureSignal {
  return { kind: 'followed', source: 'x.followers', account: null, ...overrides };
}
