// Helpers shared by the routed-site E2E tests (x-site.mjs, linkedin-site.mjs).

/**
 * A page whose own script requests `calls` (each `{ url, via: 'fetch' | 'xhr', body? }`) one after
 * another, as a site's app would, then marks `body[data-done]`; `body[data-errors]` counts the
 * responses the page itself could not read as JSON.
 */
export function scriptedPage({ calls = [], body = '' }) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>page</title></head><body>
${body}
<script>
(async () => {
  let errors = 0;
  for (const call of ${JSON.stringify(calls)}) {
    try {
      if (call.via === 'xhr') {
        await new Promise((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.open(call.body ? 'POST' : 'GET', call.url);
          xhr.onloadend = () => { try { JSON.parse(xhr.responseText); } catch { errors++; } resolve(); };
          xhr.send(call.body || null);
        });
      } else {
        const res = await fetch(call.url, call.body ? { method: 'POST', body: call.body } : undefined);
        await res.json().catch(() => errors++);
      }
    } catch { errors++; }
  }
  document.body.dataset.errors = String(errors);
  document.body.dataset.done = '1';
})();
</script></body></html>`;
}

/** Leads in the extension's store, via the backup API. */
export async function storedLeads(ext) {
  const reply = await ext.api('backup.export');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.leads;
}

/** One surface's capture-health record, read from the extension's IndexedDB. */
export async function health(ext, surface) {
  const page = await ext.apiPage();
  return page.evaluate(
    (s) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('touchline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('health').objectStore('health').get(s);
          get.onsuccess = () => resolve(get.result ?? null);
        };
      }),
    surface,
  );
}

/**
 * The tab whose content script says it shows a person's profile, and that person. Without the
 * `tabs` permission tab URLs are hidden, so the content scripts are asked, as the popup asks.
 */
export async function tabWithPerson(ext) {
  const page = await ext.apiPage();
  return page.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const person = await chrome.tabs.sendMessage(tab.id, { type: 'tab.person' }).catch(() => null);
      if (person) return { tabId: tab.id, person };
    }
    return null;
  });
}
