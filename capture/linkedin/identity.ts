import * as z from 'zod/mini';
import { lazy } from '../rule';
import { countSkip, type ParseResult } from '../types';
import { asArray, dig, guarded, isRecord } from './json';
import { resolve } from './normalized';
import {
  avatarFromVectorImage,
  fullName,
  linkedInPerson,
  memberIdFromUrn,
  profileIdFromUrn,
  raw,
  text,
} from './person';

/** A LinkedIn member number next to the handle it belongs to. */
export interface LinkedInMember {
  handle: string;
  memberId: string;
}

/**
 * ParseResult plus the member numbers seen (`objectUrn urn:li:member:<int>`). CapturedPerson has
 * no field for them, and storage keys leads on the handle, so they travel beside the people.
 */
export interface LinkedInIdentityResult extends ParseResult {
  members: LinkedInMember[];
}

// Legacy MiniProfile (`/me`, §1) and dash Profile (`identity/dash/profiles`, §1) in one tolerant shape.
const ProfileSchema = lazy(() =>
  z.object({
    entityUrn: raw(),
    dashEntityUrn: raw(),
    objectUrn: raw(),
    publicIdentifier: text(),
    firstName: raw(),
    lastName: raw(),
    // Dash models say `headline`, the legacy MiniProfile says `occupation` (§1).
    headline: text(),
    occupation: text(),
    picture: raw(),
    profilePicture: raw(),
  }),
);

/**
 * Reads the person from `/voyager/api/me` (`data.*miniProfile` → MiniProfile) or from
 * `/voyager/api/identity/dash/profiles` (`data.*elements` → dash Profile), normalized or nested
 * (platform-linkedin.md §1). Both forms of the same member yield the same handle, profile id and
 * member number, so they merge into one lead. Never throws.
 */
export function parseLinkedInIdentity(json: unknown): LinkedInIdentityResult {
  return guarded(
    () => {
      const result: LinkedInIdentityResult = { people: [], skipped: {}, members: [] };
      const view = resolve(json);
      const candidates = [dig(view, 'data', 'miniProfile'), ...asArray(dig(view, 'data', 'elements'))];
      // `/me` also carries the member number as `data.plainId`.
      const plainId = dig(view, 'data', 'plainId');
      if (!isRecord(dig(view, 'data')) || candidates.every((c) => c === undefined)) {
        countSkip(result.skipped, 'unrecognized_response');
        return result;
      }
      for (const candidate of candidates) {
        if (candidate === undefined) continue;
        const parsed = ProfileSchema.safeParse(candidate);
        if (!parsed.success || !isRecord(candidate)) {
          countSkip(result.skipped, 'invalid_item');
          continue;
        }
        const p = parsed.data;
        const person = linkedInPerson({
          slug: p.publicIdentifier ?? null,
          profileId: profileIdFromUrn(p.entityUrn) ?? profileIdFromUrn(p.dashEntityUrn),
          displayName: fullName(p.firstName, p.lastName),
          headline: p.headline ?? p.occupation,
          avatarUrl:
            avatarFromVectorImage(p.picture) ??
            avatarFromVectorImage(dig(p.profilePicture, 'displayImageReference', 'vectorImage')),
        });
        if (person === null) {
          countSkip(result.skipped, 'no_public_identifier');
          continue;
        }
        result.people.push(person);
        const memberId =
          memberIdFromUrn(p.objectUrn) ??
          (typeof plainId === 'number' && Number.isSafeInteger(plainId) && plainId > 0 ? String(plainId) : null);
        if (memberId !== null && person.handle !== null) result.members.push({ handle: person.handle, memberId });
      }
      return result;
    },
    () => ({ people: [], skipped: {}, members: [] }),
  );
}
