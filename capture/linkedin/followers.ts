import * as z from 'zod/mini';
import { lazy } from '../rule';
import { countSkip, type ParseResult } from '../types';
import { asArray, dig, finder, guardedResult, isRecord } from './json';
import { resolve } from './normalized';
import {
  findAvatar,
  linkedInPerson,
  profileIdFromUrl,
  profileIdFromUrn,
  slugFromUrl,
  text,
  textView,
  raw,
} from './person';

// EntityResultViewModel fields (platform-linkedin.md §3), every one optional.
const EntityResultSchema = lazy(() =>
  z.object({
    entityUrn: raw(),
    title: textView(),
    primarySubtitle: textView(),
    secondarySubtitle: textView(),
    navigationUrl: text(),
    image: raw(),
  }),
);

/**
 * Your followers, from GraphQL `voyagerSearchDashClusters` with resultType FOLLOWERS
 * (platform-linkedin.md §3): `searchDashClustersByAll.elements[].items[].item.entityResult`
 * nested, or `item["*entityResult"]` → EntityResultViewModel in `included[]` when normalized;
 * under `data.data` or `data`. People get kind `followed`. Items that are not people (companies,
 * "LinkedIn Member" with no `/in/` link) are counted. Never throws.
 */
export function parseLinkedInFollowers(json: unknown): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const clusters = finder(resolve(json), 'searchDashClustersByAll');
    if (clusters === undefined) {
      countSkip(result.skipped, 'unrecognized_response');
      return result;
    }
    for (const cluster of asArray(clusters['elements'])) {
      for (const item of asArray(dig(cluster, 'items'))) {
        const entity = dig(item, 'item', 'entityResult');
        const parsed = EntityResultSchema.safeParse(entity);
        if (!parsed.success) {
          // An entityResult we cannot read (a URN missing from included[], a wrong type) is
          // invalid; an item of another type (a text banner, a cluster header) is not a person.
          countSkip(
            result.skipped,
            entity === undefined && isRecord(dig(item, 'item')) ? 'not_a_person' : 'invalid_item',
          );
          continue;
        }
        const e = parsed.data;
        const slug = slugFromUrl(e.navigationUrl);
        const person = linkedInPerson({
          slug,
          profileId: profileIdFromUrn(e.entityUrn) ?? profileIdFromUrl(e.navigationUrl),
          displayName: e.title,
          headline: e.primarySubtitle,
          location: e.secondarySubtitle,
          avatarUrl: findAvatar(e.image),
          kind: 'followed',
        });
        if (person === null) countSkip(result.skipped, 'no_public_identifier');
        else result.people.push(person);
      }
    }
    return result;
  });
}
