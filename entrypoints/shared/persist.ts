/**
 * Asks the browser to keep our IndexedDB under storage pressure. Service workers have no
 * `navigator.storage.persist`, so extension pages ask when they open (it is granted silently
 * to extensions with `unlimitedStorage` in Chromium).
 */
export function askPersistence(): void {
  void navigator.storage?.persist?.().catch(() => {});
}
