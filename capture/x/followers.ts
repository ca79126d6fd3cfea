import * as z from 'zod/mini';
import { countSkip, emptyResult, type ParseResult } from '../types';
import { lazy, rule } from '../rule';
import { xEnvelopeSkip, xTimelineItems } from './timeline';
import { parseXUser } from './user';

// platform-x.md §1: the same envelope for Followers, BlueVerifiedFollowers and Following.
const Envelope = lazy(() =>
  z.object({
    data: z.object({
      user: z.object({
        result: z.object({
          timeline: z.object({ timeline: z.object({ instructions: z.array(z.unknown()) }) }),
        }),
      }),
    }),
  }),
);

const optionalString = () => z.catch(z.optional(z.string()), undefined);
const UserItem = lazy(() =>
  z.object({
    itemType: optionalString(),
    __typename: optionalString(),
    user_results: z.catch(z.optional(z.object({ result: z.optional(z.unknown()) })), undefined),
  }),
);

/**
 * People in an X `Followers`, `BlueVerifiedFollowers` or `Following` GraphQL response
 * (platform-x.md §1). Whose list it is comes from the request: see {@link xListOwner}.
 * Never throws; unreadable users are counted in `skipped` by reason.
 */
export function parseXFollowers(json: unknown): ParseResult {
  const result = emptyResult();
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    countSkip(result.skipped, xEnvelopeSkip(json));
    return result;
  }
  const { instructions } = envelope.data.data.user.result.timeline.timeline;
  for (const { itemContent } of xTimelineItems(instructions, result.skipped)) {
    const item = UserItem.safeParse(itemContent);
    const type = item.success ? (item.data.itemType ?? item.data.__typename) : undefined;
    if (!item.success || type !== 'TimelineUser') {
      countSkip(result.skipped, 'not_a_user');
      continue;
    }
    const person = parseXUser(item.data.user_results?.result);
    if ('skip' in person) countSkip(result.skipped, person.skip);
    else result.people.push(person);
  }
  return result;
}

const Variables = lazy(() => z.object({ userId: z.string().check(rule((s) => /^\d+$/.test(s))) }));

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `variables` from a JSON POST body (`{"variables":{…}}`) or a form/query string. */
function bodyVariables(body: string): unknown {
  const json = parseJson(body);
  if (typeof json === 'object' && json !== null && 'variables' in json) {
    const { variables } = json;
    return typeof variables === 'string' ? parseJson(variables) : variables;
  }
  return parseJson(new URLSearchParams(body).get('variables'));
}

/**
 * The `rest_id` whose list a Followers/Following request asks for: `variables.userId` (§1),
 * read from the POST `body` when given (X moved these to POST in April 2026, §1), else from
 * the URL's `variables` query parameter. Null when absent or not a numeric id.
 */
export function xListOwner(url: URL, body?: string): string | null {
  for (const variables of xVariables(url, body)) {
    const parsed = Variables.safeParse(variables);
    if (parsed.success) return parsed.data.userId;
  }
  return null;
}

/** A GraphQL request's `variables`, from its POST body first, then from its URL (§1). */
export function xVariables(url: URL, body?: string): unknown[] {
  const found = [body === undefined ? undefined : bodyVariables(body), parseJson(url.searchParams.get('variables'))];
  return found.filter((v) => typeof v === 'object' && v !== null);
}

/**
 * The GraphQL operation name of an X API URL, `/i/api/graphql/<queryId>/<OperationName>`, or
 * null. Match on this, never on the query id: it changes with every web deploy (§1).
 */
export function xOperation(url: URL): string | null {
  const match = /^\/i\/api\/graphql\/[^/]+\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
  return match?.[1] ?? null;
}
