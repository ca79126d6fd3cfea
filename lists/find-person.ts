import type { Lead } from '@/model';

/**
 * The one lead a "forget this person" query names: a lead id, an @handle or slug, or a profile
 * URL on X or LinkedIn. `null` when none or several match, so the wrong person is never deleted.
 */
export function findPerson<L extends Lead>(leads: readonly L[], query: string): L | null {
  const q = query.trim();
  if (!q) return null;
  const byId = leads.find((l) => l.id === q);
  if (byId) return byId;
  const url = /^(?:https?:\/\/)?(?:www\.)?(x\.com|twitter\.com|linkedin\.com\/in)\/([^/?#\s]+)/i.exec(q);
  const platform = url ? (url[1]?.toLowerCase().startsWith('linkedin') ? 'linkedin' : 'x') : null;
  const handle = decodeSafely(url?.[2] ?? q.replace(/^@/, '')).toLowerCase();
  const known = (l: Lead) => [l.handle ?? '', ...l.aliases].some((h) => h.toLowerCase() === handle);
  const hits = leads.filter((l) => (platform === null || l.platform === platform) && known(l));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
