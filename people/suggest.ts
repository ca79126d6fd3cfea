import type { Lead } from '@/model';
import { linkedInSlugKey, namedLinkedInSlugs, namedXHandles, xHandleKey } from './text';
import { nameWords, normalizeText } from './words';
import { MAX_SAME_NAME, MIN_SHARED_WORDS, weakByName } from './weak';

export interface Suggestion {
  /** The X lead's id, then the LinkedIn lead's. */
  leadIds: [string, string];
  strength: 'strong' | 'weak';
  /** Why, in words the rep reads next to the suggestion. */
  reason: string;
}

export interface SuggestOptions {
  /** Pairs the rep dismissed, as `pairKey(a, b)`: never suggested again. */
  dismissed?: ReadonlySet<string>;
  /** The person a lead is already linked to, or null: a linked lead is never suggested. */
  linkedOf?: (leadId: string) => string | null;
}

/**
 * A bio or headline naming more distinct profiles of the other platform than this is a list (a
 * team, "people I admire") or an attack trying to get itself linked to many leads: it is no
 * evidence of who its author is, so it contributes no suggestion at all.
 */
export const MAX_LINKS_PER_BIO = 3;
/**
 * A profile that more leads than this claim (several X bios naming one LinkedIn profile) is being
 * impersonated or is famous: at most one claim can be true, so no claim on it counts.
 */
export const MAX_CLAIMS_PER_PROFILE = 3;
export { MAX_SAME_NAME, MIN_SHARED_WORDS };

/** The key of a pair of lead ids, in either order (lead ids contain no space). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

interface Found {
  x: Lead;
  linkedin: Lead;
  strength: Suggestion['strength'];
  reasons: string[];
}
/** A claim, from a bio, that its author is the target lead. */
interface Claim {
  from: Lead;
  target: Lead;
  reason: string;
  /** A bare `@acme` whose names share no word: maybe an employer, never strong. */
  weakOnly: boolean;
}

/**
 * Which X and LinkedIn leads look like one person, each with its reason; strong first, then by the
 * X lead's id and the LinkedIn lead's.
 *
 * Strong: the X lead's profile URL or bio names `linkedin.com/in/<slug>` of a LinkedIn lead (the
 * slug percent-decoded, lower-cased, query, fragment and trailing slash dropped), or the LinkedIn
 * lead's headline names `x.com/<handle>`, `twitter.com/<handle>` or `@handle` of an X lead. A bare
 * `@handle` is strong only when the two display names share a word: LinkedIn headlines name the
 * employer that way ("CEO @Acme"), and Acme's X account is often a lead too. Weak: see `weakByName`.
 * A pair found both ways carries both reasons. Limits against hostile bios: `MAX_LINKS_PER_BIO`,
 * `MAX_CLAIMS_PER_PROFILE`, `MAX_SAME_NAME`. Dismissed pairs and already linked leads are left
 * out. Linear in the number of leads: every match goes through a map keyed by slug, handle or name.
 */
export function suggestLinks(leads: readonly Lead[], options: SuggestOptions = {}): Suggestion[] {
  const { dismissed = new Set<string>(), linkedOf = () => null } = options;
  const free = leads.filter((lead) => linkedOf(lead.id) === null);
  const xs = free.filter((lead) => lead.platform === 'x');
  const linkedins = free.filter((lead) => lead.platform === 'linkedin');
  const found = new Map<string, Found>();
  const add = (x: Lead, linkedin: Lead, strength: Found['strength'], reason: string) => {
    const key = pairKey(x.id, linkedin.id);
    if (dismissed.has(key)) return;
    const known = found.get(key);
    if (!known) found.set(key, { x, linkedin, strength, reasons: [reason] });
    else if (!known.reasons.includes(reason)) {
      known.reasons.push(reason);
      if (strength === 'strong') known.strength = 'strong';
    }
  };

  const claims = [
    ...claimsFromX(xs, indexBy(linkedins, linkedInKeys)),
    ...claimsFromLinkedIn(linkedins, indexBy(xs, xKeys)),
  ];
  const perTarget = new Map<string, number>();
  for (const c of claims) perTarget.set(c.target.id, (perTarget.get(c.target.id) ?? 0) + 1);
  for (const c of claims) {
    if ((perTarget.get(c.target.id) ?? 0) > MAX_CLAIMS_PER_PROFILE) continue;
    const [x, linkedin] = c.from.platform === 'x' ? [c.from, c.target] : [c.target, c.from];
    add(x, linkedin, c.weakOnly ? 'weak' : 'strong', c.reason);
  }
  for (const w of weakByName(xs, linkedins)) add(w.x, w.linkedin, 'weak', w.reason);

  return [...found.values()]
    .map((f): Suggestion => ({ leadIds: [f.x.id, f.linkedin.id], strength: f.strength, reason: f.reasons.join('; ') }))
    .sort((a, b) => rank(a) - rank(b) || compare(a.leadIds[0], b.leadIds[0]) || compare(a.leadIds[1], b.leadIds[1]));
}

/** What X bios and profile links say: `linkedin.com/in/<slug>` of a known LinkedIn lead. */
function claimsFromX(xs: readonly Lead[], bySlug: ReadonlyMap<string, Lead>): Claim[] {
  const claims: Claim[] = [];
  for (const x of xs) {
    const inUrl = namedLinkedInSlugs(x.profileUrl);
    const named = new Set([...inUrl, ...namedLinkedInSlugs(x.headline)]);
    if (named.size > MAX_LINKS_PER_BIO) continue;
    for (const slug of named) {
      const target = bySlug.get(slug);
      const where = inUrl.has(slug) ? 'profile link' : 'bio';
      if (target)
        claims.push({
          from: x,
          target,
          weakOnly: false,
          reason: `${xName(x)}'s ${where} names linkedin.com/in/${slug}`,
        });
    }
  }
  return claims;
}

/** What LinkedIn headlines say: `x.com/<handle>`, `twitter.com/<handle>` or `@handle` of a known X lead. */
function claimsFromLinkedIn(linkedins: readonly Lead[], byHandle: ReadonlyMap<string, Lead>): Claim[] {
  const claims: Claim[] = [];
  for (const linkedin of linkedins) {
    const named = namedXHandles(linkedin.headline);
    if (named.size > MAX_LINKS_PER_BIO) continue;
    for (const [handle, form] of named) {
      const target = byHandle.get(handle);
      if (!target) continue;
      const weakOnly = form === 'mention' && !namesShareWord(target, linkedin);
      const shown = form === 'url' ? `x.com/${handle}` : `@${handle}`;
      const why = weakOnly ? ' (the names share no word: it may be an employer)' : '';
      claims.push({
        from: linkedin,
        target,
        weakOnly,
        reason: `${linkedInName(linkedin)}'s headline names ${shown}${why}`,
      });
    }
  }
  return claims;
}

/** A LinkedIn lead's keys: its handle (the slug, lower-cased) and the slug in its id. */
function linkedInKeys(lead: Lead): string[] {
  const fromId = lead.id.slice('linkedin:'.length);
  return [...new Set([lead.handle ?? fromId, fromId].map(linkedInSlugKey))];
}

/** An X lead's key: its current handle (an old one, in `aliases`, may belong to someone else now). */
function xKeys(lead: Lead): string[] {
  const fromId = lead.id.startsWith('x:@') ? lead.id.slice('x:@'.length) : null;
  const handle = lead.handle ?? fromId;
  return handle === null ? [] : [xHandleKey(handle)];
}

/** The first lead holding each key (two leads with one key are storage's to merge, not ours). */
function indexBy(leads: readonly Lead[], keysOf: (lead: Lead) => string[]): Map<string, Lead> {
  const index = new Map<string, Lead>();
  for (const lead of leads) for (const key of keysOf(lead)) if (!index.has(key)) index.set(key, lead);
  return index;
}

function namesShareWord(a: Lead, b: Lead): boolean {
  const words = nameWords(a.displayName);
  return [...nameWords(b.displayName)].some((w) => words.has(w));
}

const xName = (lead: Lead) => (lead.handle ? `@${lead.handle}` : normalizeText(lead.displayName) || lead.id);
const linkedInName = (lead: Lead) => (lead.handle ? `in/${lead.handle}` : lead.id);
const rank = (s: Suggestion) => (s.strength === 'strong' ? 0 : 1);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
