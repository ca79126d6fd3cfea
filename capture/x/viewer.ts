/**
 * The signed-in account: the `twid` cookie holds `u=<rest_id>` (PRODUCT.md "Your own account").
 * Takes the document (or anything with its `cookie` string), read afresh on each call.
 */
export function xViewer(doc: { readonly cookie: string }): string | null {
  const raw = /(?:^|;\s*)twid=([^;]+)/.exec(doc.cookie)?.[1];
  if (!raw) return null;
  const id = /^u=(\d{1,25})$/.exec(decodeURIComponent(raw).replace(/^"|"$/g, ''))?.[1];
  return id ?? null;
}

/** The signed-in account's handle, from the side navigation's profile link. */
export function xViewerHandle(doc: ParentNode): string | null {
  const href = doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute('href') ?? '';
  return /^\/([A-Za-z0-9_]{1,15})$/.exec(href)?.[1] ?? null;
}
