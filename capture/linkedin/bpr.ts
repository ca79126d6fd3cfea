import { dig } from './json';

/** One preloaded Voyager response embedded in an Ember page, with the request it answered. */
export interface BprBlock {
  /** The datalet's `request` (e.g. `/voyager/api/me`), or null when no descriptor pairs with it. */
  request: string | null;
  json: unknown;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/**
 * Undoes the HTML escaping of a `<code>` block's text. One pass, so `&amp;lt;` becomes `&lt;`
 * (what the page meant), not `<`. Unknown or out-of-range entities stay as written.
 */
export function unescapeHtml(s: string): string {
  return s.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|quot|lt|gt|apos));/g,
    (whole: string, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

function parseJson(s: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(unescapeHtml(s)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Every `<code id="…">text</code>` of the page, by id (the first wins when an id repeats). */
function codeBlocks(html: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const open = /<code\b([^>]*)>/gi;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(m[1] ?? '');
    const close = html.indexOf('</code>', open.lastIndex);
    if (close < 0) break;
    const key = id?.[1] ?? id?.[2];
    if (key !== undefined && !blocks.has(key)) blocks.set(key, html.slice(open.lastIndex, close));
    open.lastIndex = close + '</code>'.length;
  }
  return blocks;
}

/**
 * The preloaded Voyager responses of an older (Ember) LinkedIn page: `<code id="bpr-guid-N">`
 * holds HTML-escaped JSON and `<code id="datalet-bpr-guid-N">` the request it answered
 * (platform-linkedin.md §0). String-based, no DOM. In page order; a block that is not JSON
 * is left out. Newer SDUI pages carry none, so an empty list is a normal answer.
 */
export function readBprBlocks(html: string): BprBlock[] {
  if (typeof html !== 'string') return [];
  const blocks = codeBlocks(html);
  const out: BprBlock[] = [];
  for (const [id, body] of blocks) {
    if (!/^bpr-guid-\d+$/.test(id)) continue;
    const parsed = parseJson(body);
    if (!parsed.ok) continue;
    const datalet = blocks.get(`datalet-${id}`);
    const descriptor = datalet === undefined ? undefined : parseJson(datalet);
    const request = descriptor?.ok ? dig(descriptor.value, 'request') : undefined;
    out.push({ request: typeof request === 'string' ? request : null, json: parsed.value });
  }
  return out;
}

/**
 * The page's preload blocks as HTML, for {@link readBprBlocks}: only their `<code>` elements, in
 * page order. Not the whole document's `outerHTML`, which serializes every LinkedIn page (often
 * megabytes) on the main thread at load; newer pages have no such element and cost one query.
 */
export function bprHtml(doc: Document): string {
  const codes = doc.querySelectorAll('code[id^="bpr-guid-"], code[id^="datalet-bpr-guid-"]');
  return Array.from(codes, (code) => code.outerHTML).join('');
}
