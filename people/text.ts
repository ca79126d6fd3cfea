// What a bio or headline names: LinkedIn profiles and X handles, normalized so that they compare
// with the leads' own keys. people/ may import only model/ and cadence/, so the few X path rules
// needed here are restated rather than taken from capture/x/page.ts.

/**
 * `linkedin.com/in/<slug>`, on www. or a country subdomain (uk.linkedin.com), with or without a
 * scheme. The lookbehind keeps `notlinkedin.com` out. The slug stops at what cannot be in it or
 * ends prose around it: `/ ? #`, quotes, brackets, commas.
 */
const LINKEDIN = /(?<![\p{L}\p{N}.-])(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([^\s/?#<>"'()[\]{},;|]+)/giu;
/** `x.com/<handle>`, `twitter.com/<handle>` (www., mobile.), `x.com/@handle` as people write it. */
const X_URL = /(?<![\p{L}\p{N}.-])(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_%]+)/giu;
/**
 * `@handle` as a whole token: not inside an email (`me@jane.com`), not `@acme.com`, not the tail of
 * a URL already read above, not a prefix of a longer word.
 */
const MENTION = /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@]|\.[\p{L}\p{N}])/gu;
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
// App pages, not people: `x.com/i/status/…` or `x.com/home` name nobody.
const X_RESERVED: ReadonlySet<string> = new Set([
  'i',
  'home',
  'explore',
  'search',
  'settings',
  'messages',
  'notifications',
  'intent',
  'share',
  'hashtag',
  'compose',
  'login',
  'signup',
  'account',
  'tos',
  'privacy',
]);

/** How an X handle is named in evidence: a profile URL is unambiguous, a bare `@` may be an employer. */
export type HandleForm = 'url' | 'mention';

/**
 * A LinkedIn slug as a key: percent-decoded (a malformed escape is kept as written: it then matches
 * no lead, which is right), Unicode NFC, lower-cased, without the sentence's full stop.
 */
export function linkedInSlugKey(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // Not valid percent-encoding: keep the raw text.
  }
  return decoded
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.!:]+$/u, '');
}

/** An X handle as a key: X handles are case-insensitive. */
export function xHandleKey(handle: string): string {
  return handle.toLowerCase();
}

/** The distinct LinkedIn profile slugs `text` names, as keys (see `linkedInSlugKey`). */
export function namedLinkedInSlugs(text: string): Set<string> {
  const slugs = new Set<string>();
  for (const m of text.matchAll(LINKEDIN)) {
    const key = linkedInSlugKey(m[1] ?? '');
    if (key !== '') slugs.add(key);
  }
  return slugs;
}

/**
 * The distinct X handles `text` names, as keys, each with the strongest form it was named in (a
 * handle both linked and mentioned counts as linked).
 */
export function namedXHandles(text: string): Map<string, HandleForm> {
  const handles = new Map<string, HandleForm>();
  for (const m of text.matchAll(X_URL)) {
    let path = m[1] ?? '';
    try {
      path = decodeURIComponent(path);
    } catch {
      continue;
    }
    path = path.replace(/^@/, '');
    if (X_HANDLE.test(path) && !X_RESERVED.has(xHandleKey(path))) handles.set(xHandleKey(path), 'url');
  }
  for (const m of text.matchAll(MENTION)) {
    const key = xHandleKey(m[1] ?? '');
    if (!handles.has(key)) handles.set(key, 'mention');
  }
  return handles;
}
