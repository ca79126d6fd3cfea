import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../../test/fixtures';
import { parseLinkedInIdentity } from './identity';
import { resolve } from './normalized';

const load = (name: string): unknown => fixtureJson(`real/linkedin/${name}`);

// Values read off the real fixtures by hand (SOURCES.md: smartapply, June 2023).
const ID = 'ACoAAC9P7scB1yv1hA-ZjtKBAxcuNQvmvu08uhI';
const AVATAR =
  'https://media.licdn.com/dms/image/D4E03AQGB3OP3rlsmtQ/profile-displayphoto-shrink_800_800/0/1675373176223?e=1691625600&v=beta&t=m1XIXW9S_uGc_fY4J_eZopCMpeJbO484Aha0oGVAeY8';
const harith = {
  platform: 'linkedin',
  platformUserId: ID,
  handle: 'harith-al-safi',
  displayName: 'Harith Al-Safi',
  // /me says `occupation`, the dash Profile says `headline` with a trailing space: trimmed, equal.
  headline: 'Software Engineer | Computer Engineer | AI Enthusiast',
  profileUrl: 'https://www.linkedin.com/in/harith-al-safi/',
  avatarUrl: AVATAR,
};

describe('parseLinkedInIdentity', () => {
  test('/voyager/api/me (MiniProfile)', () => {
    const result = parseLinkedInIdentity(load('voyager-api-me.2023-06.json'));
    expect(result.people).toEqual([harith]);
    expect(result.members).toEqual([{ handle: 'harith-al-safi', memberId: '793767623' }]);
    expect(result.skipped).toEqual({});
  });

  test('identity/dash/profiles WebTopCardCore (dash Profile)', () => {
    const result = parseLinkedInIdentity(load('voyager-dash-profiles-WebTopCardCore.2023-06.json'));
    expect(result.people).toEqual([harith]);
    expect(result.members).toEqual([{ handle: 'harith-al-safi', memberId: '793767623' }]);
    expect(result.skipped).toEqual({});
  });

  test('both responses are the same lead: same handle, profile id and member number', () => {
    const a = parseLinkedInIdentity(load('voyager-api-me.2023-06.json'));
    const b = parseLinkedInIdentity(load('voyager-dash-profiles-WebTopCardCore.2023-06.json'));
    expect(a.people[0]?.handle).toBe(b.people[0]?.handle);
    expect(a.people[0]?.platformUserId).toBe(b.people[0]?.platformUserId);
    expect(a.members).toEqual(b.members);
  });

  test('the nested (non-normalized) form of the same response gives the same person', () => {
    expect(parseLinkedInIdentity(resolve(load('voyager-api-me.2023-06.json'))).people).toEqual([harith]);
  });

  test('counts what it cannot read', () => {
    expect(
      parseLinkedInIdentity({ data: { '*miniProfile': 'urn:li:fs_miniProfile:missing' }, included: [] }).skipped,
    ).toEqual({
      invalid_item: 1,
    });
    expect(parseLinkedInIdentity({ data: { miniProfile: { firstName: 'No', lastName: 'Slug' } } }).skipped).toEqual({
      no_public_identifier: 1,
    });
    expect(parseLinkedInIdentity({ elements: [] }).skipped).toEqual({ unrecognized_response: 1 });
  });
});
