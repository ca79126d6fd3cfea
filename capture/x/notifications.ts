import * as z from 'zod/mini';
import { countSkip, emptyResult, type ParseResult } from '../types';
import { lazy } from '../rule';
import { xEnvelopeSkip, xTimelineItems } from './timeline';
import { parseXUser } from './user';

/** The icon X gives follow notifications, in both GraphQL and REST (platform-x.md §4a, §4b). */
export const X_FOLLOW_ICON = 'person_icon';

/** ISO time of an epoch-milliseconds value (number or numeric string), or undefined. */
function isoFromMs(value: unknown): string | undefined {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  // new Date(ms).toISOString() throws beyond ±8.64e15 ms, and a parser must never throw.
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

const items = () => z.catch(z.array(z.unknown()), []);
const optionalString = () => z.catch(z.optional(z.string()), undefined);

// §4a: data.viewer_v2.user_results.result.notification_timeline.timeline.instructions
const GraphqlEnvelope = lazy(() =>
  z.object({
    data: z.object({
      viewer_v2: z.object({
        user_results: z.object({
          result: z.object({
            notification_timeline: z.object({
              timeline: z.object({ instructions: z.array(z.unknown()) }),
            }),
          }),
        }),
      }),
    }),
  }),
);
const Notification = lazy(() =>
  z.object({
    itemType: optionalString(),
    notification_icon: optionalString(),
    timestamp_ms: z.optional(z.unknown()),
    template: z.catch(z.optional(z.object({ from_users: z.optional(items()) })), undefined),
  }),
);
const FromUser = lazy(() => z.object({ user_results: z.object({ result: z.optional(z.unknown()) }) }));

/**
 * Follow actors in an X GraphQL `NotificationsTimeline` response (platform-x.md §4a). Every
 * `template.from_users[]` user of a `person_icon` notification is a person, `at` = the
 * notification's `timestamp_ms`. Other notifications count as `not_a_follow`. Never throws.
 */
export function parseXNotificationsGraphql(json: unknown): ParseResult {
  const result = emptyResult();
  const envelope = GraphqlEnvelope.safeParse(json);
  if (!envelope.success) {
    countSkip(result.skipped, xEnvelopeSkip(json));
    return result;
  }
  const timeline = envelope.data.data.viewer_v2.user_results.result.notification_timeline;
  for (const { itemContent } of xTimelineItems(timeline.timeline.instructions, result.skipped)) {
    const n = Notification.safeParse(itemContent);
    if (!n.success || n.data.itemType !== 'TimelineNotification') {
      countSkip(result.skipped, 'not_a_notification');
    } else if (n.data.notification_icon !== X_FOLLOW_ICON) {
      countSkip(result.skipped, 'not_a_follow');
    } else {
      const at = isoFromMs(n.data.timestamp_ms);
      const users = n.data.template?.from_users ?? [];
      if (users.length === 0) countSkip(result.skipped, 'no_actors');
      for (const raw of users) {
        const from = FromUser.safeParse(raw);
        const person = parseXUser(from.success ? from.data.user_results.result : undefined);
        if ('skip' in person) countSkip(result.skipped, person.skip);
        else result.people.push({ ...person, at });
      }
    }
  }
  return result;
}

// §4b: globalObjects.{users, notifications}, both keyed by id. A loose empty object is a
// string-keyed record of anything (for JSON input; `z.record` would add ~3 KB to the content script).
const byId = () => z.looseObject({});
const RestEnvelope = lazy(() =>
  z.object({
    globalObjects: z.object({
      users: z.catch(byId(), {}),
      notifications: byId(),
    }),
  }),
);
const RestNotification = lazy(() =>
  z.object({
    timestampMs: z.optional(z.unknown()),
    icon: z.catch(z.optional(z.object({ id: z.string() })), undefined),
    template: z.catch(
      z.optional(z.object({ aggregateUserActionsV1: z.optional(z.object({ fromUsers: z.optional(items()) })) })),
      undefined,
    ),
  }),
);
const FromUserRef = lazy(() => z.object({ user: z.object({ id: z.string() }) }));
const RestUser = lazy(() =>
  z.object({ id_str: z.optional(z.unknown()), ext_is_blue_verified: z.optional(z.unknown()) }),
);

/**
 * Follow actors in X's legacy REST `/i/api/2/notifications/all.json` (platform-x.md §4b):
 * `person_icon` notifications, actors `fromUsers[].user.id` looked up in `globalObjects.users`
 * (legacy-style users), `at` = `timestampMs`. Never throws.
 */
export function parseXNotificationsRest(json: unknown): ParseResult {
  const result = emptyResult();
  const envelope = RestEnvelope.safeParse(json);
  if (!envelope.success) {
    countSkip(result.skipped, xEnvelopeSkip(json));
    return result;
  }
  const { users, notifications } = envelope.data.globalObjects;
  for (const raw of Object.values(notifications)) {
    const n = RestNotification.safeParse(raw);
    if (!n.success || n.data.icon?.id !== X_FOLLOW_ICON) {
      countSkip(result.skipped, 'not_a_follow');
      continue;
    }
    const at = isoFromMs(n.data.timestampMs);
    const refs = n.data.template?.aggregateUserActionsV1?.fromUsers ?? [];
    if (refs.length === 0) countSkip(result.skipped, 'no_actors');
    for (const ref of refs) {
      const id = FromUserRef.safeParse(ref);
      const user = id.success ? users[id.data.user.id] : undefined;
      const legacy = RestUser.safeParse(user);
      if (!id.success || !legacy.success || typeof user !== 'object' || user === null) {
        countSkip(result.skipped, 'user_missing');
        continue;
      }
      // A REST user is the ≤2025 `legacy` object plus `id_str`: read it with the §2 fallbacks.
      const person = parseXUser({
        rest_id: legacy.data.id_str ?? id.data.user.id,
        is_blue_verified: legacy.data.ext_is_blue_verified,
        legacy: user,
      });
      if ('skip' in person) countSkip(result.skipped, person.skip);
      else result.people.push({ ...person, at });
    }
  }
  return result;
}
