import type { Lead } from '@/model';

/**
 * The false-lead rules (issue #14), in one table: each rule's id, the lead fields it reads, its
 * threshold and the reason it gives. docs/triage.md explains each and how they combine.
 * A rule fires only on what is known: a missing count or date is no evidence either way.
 */

/** A handle of letters ending in at least this many digits: X's suggested handles for bot farms. */
export const MIN_TRAILING_DIGITS = 5;
/** Follows at least this many times more accounts than follow it… */
export const FOLLOWS_FAR_MORE_RATIO = 10;
/** …and at least this many: a new person following 20 accounts is not a signal. */
export const FOLLOWS_FAR_MORE_MIN_FOLLOWING = 50;
/** An account younger than this many days. */
export const NEW_ACCOUNT_DAYS = 30;
/** Protected with at most this many followers. */
export const PROTECTED_MAX_FOLLOWERS = 0;

export type RuleId =
  | 'default-avatar'
  | 'empty-bio'
  | 'digit-handle'
  | 'follows-far-more'
  | 'new-account'
  | 'protected-no-followers'
  | 'name-only-emoji-or-link'
  | 'linkedin-generic-card';

/** A weak rule alone says little (genuine people skip a bio); a strong one is enough by itself. */
export type RuleStrength = 'weak' | 'strong';

export interface FalseLeadRule {
  id: RuleId;
  strength: RuleStrength;
  fields: readonly (keyof Lead)[];
  /** The threshold in words, for docs and the settings page. */
  threshold: string;
  /** The reason when the rule fires ("account 4 days old"), else null. Never throws. */
  check: (lead: Lead, now: Date) => string | null;
}

const DAY_MS = 86_400_000;
/** A count we can reason with: stored leads are validated, but triage may see unvalidated ones. */
const known = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
// "4,200": by hand, so the text never depends on the runtime's locale data.
const formatCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

// X's default avatar lives under /sticky/default_profile_images/; the DOM fallback reads only
// /profile_images/ URLs, so there a default avatar arrives as no avatar at all.
const DEFAULT_AVATAR = 'default_profile_images';
const DIGIT_HANDLE = new RegExp(`^[A-Za-z_]+(\\d{${MIN_TRAILING_DIGITS},})$`);
// Neither a letter nor a digit anywhere: emoji, symbols, punctuation, invisible characters.
const NO_LETTERS = /^[^\p{L}\p{N}]*$/u;
// A URL with a scheme (javascript:, https://…), www., an e-mail address, or a bare domain with a
// TLD common among spam names ("kozmos.tips" in the 2025 fixture). Letters-only TLDs, 2–6 long.
const LINK_NAME =
  /^(?:[a-z][a-z0-9+.-]*:\S*|www\.\S+|[^\s@]+@[^\s@]+\.[a-z]{2,}|(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ai|app|xyz|tips|info|biz|top|site|online|shop|link|me|ly|gg)(?:\/\S*)?)$/i;
// LinkedIn's cards that stand for someone unnamed (platform-linkedin.md §2a, §3): the parsers
// already skip them, so a lead like this came from an older version, a CSV or a backup.
const LINKEDIN_GENERIC =
  /^(?:\d[\d,.]*\s+(?:person|people)\s+with\s+the\s+job\s+title\b|people\s+with\s+the\s+job\s+title\b|someone\s+(?:at|in|from)\b|linkedin\s+member$)/i;

/** The rules, strongest evidence last. Order is the order of `reasons`. */
export const FALSE_LEAD_RULES: readonly FalseLeadRule[] = [
  {
    id: 'default-avatar',
    strength: 'weak',
    fields: ['platform', 'avatarUrl'],
    threshold: `X only: no avatar, or X's ${DEFAULT_AVATAR}`,
    // LinkedIn surfaces often omit the photo (notifications, DOM rows): no evidence there.
    check: (l) =>
      l.platform === 'x' && (l.avatarUrl.trim() === '' || l.avatarUrl.includes(DEFAULT_AVATAR))
        ? 'default avatar'
        : null,
  },
  {
    id: 'empty-bio',
    strength: 'weak',
    fields: ['platform', 'headline'],
    threshold: 'X only: bio empty or whitespace',
    // LinkedIn notifications carry no headline at all, so an empty one says nothing there.
    check: (l) => (l.platform === 'x' && l.headline.trim() === '' ? 'empty bio' : null),
  },
  {
    id: 'digit-handle',
    strength: 'weak',
    fields: ['platform', 'handle'],
    threshold: `X only: letters then ≥ ${MIN_TRAILING_DIGITS} digits`,
    // LinkedIn gives "jane-doe-4a5b67123" slugs to genuine members by default: X only.
    check: (l) => {
      const digits = l.platform === 'x' ? DIGIT_HANDLE.exec(l.handle ?? '')?.[1] : undefined;
      return digits === undefined ? null : `handle ends in ${digits.length} digits`;
    },
  },
  {
    id: 'follows-far-more',
    strength: 'weak',
    fields: ['followingCount', 'followersCount'],
    threshold: `following ≥ ${FOLLOWS_FAR_MORE_MIN_FOLLOWING} and ≥ ${FOLLOWS_FAR_MORE_RATIO}× followers`,
    check: ({ followingCount: following, followersCount: followers }) =>
      known(following) &&
      known(followers) &&
      following >= FOLLOWS_FAR_MORE_MIN_FOLLOWING &&
      following >= FOLLOWS_FAR_MORE_RATIO * Math.max(followers, 1)
        ? `follows ${formatCount(following)}, followed by ${formatCount(followers)}`
        : null,
  },
  {
    id: 'new-account',
    strength: 'weak',
    fields: ['accountCreatedAt'],
    threshold: `created < ${NEW_ACCOUNT_DAYS} days before now`,
    check: (l, now) => {
      const created = l.accountCreatedAt === undefined ? Number.NaN : Date.parse(l.accountCreatedAt);
      const age = now.getTime() - created;
      // A creation time more than a day ahead of `now` is bad data (or a bad clock), not youth.
      if (!Number.isFinite(age) || age < -DAY_MS || age >= NEW_ACCOUNT_DAYS * DAY_MS) return null;
      const days = Math.max(0, Math.floor(age / DAY_MS));
      return `account ${days} ${days === 1 ? 'day' : 'days'} old`;
    },
  },
  {
    id: 'protected-no-followers',
    strength: 'weak',
    fields: ['protected', 'followersCount'],
    threshold: `protected and ≤ ${PROTECTED_MAX_FOLLOWERS} followers`,
    check: (l) =>
      l.protected === true && known(l.followersCount) && l.followersCount <= PROTECTED_MAX_FOLLOWERS
        ? 'protected, no followers'
        : null,
  },
  {
    id: 'name-only-emoji-or-link',
    strength: 'strong',
    fields: ['displayName'],
    threshold: 'name has no letter or digit, or is a URL, e-mail or domain',
    check: ({ displayName }) => {
      const name = displayName.trim();
      if (name === '') return null; // unknown, not empty on the page
      if (NO_LETTERS.test(name)) return 'name is only emoji or symbols';
      return LINK_NAME.test(name) ? 'name is a link' : null;
    },
  },
  {
    id: 'linkedin-generic-card',
    strength: 'strong',
    fields: ['platform', 'handle', 'displayName'],
    threshold: 'LinkedIn: no profile handle, or a "people with the job title…" / "Someone at…" card',
    check: (l) =>
      l.platform === 'linkedin' && ((l.handle ?? '').trim() === '' || LINKEDIN_GENERIC.test(l.displayName.trim()))
        ? 'LinkedIn generic card, not a person'
        : null,
  },
];
