// What the followers-history E2E files share: opening a routed page, and waiting on what is stored.
import { until } from './harness.mjs';
import { storedLeads } from './x-site.mjs';

/** The helpers over the extension `getExt()` returns (each file launches its own in `beforeEach`). */
export function historyHelpers(getExt) {
  async function visit(url) {
    const page = await getExt().context.newPage();
    await page.goto(url);
    await page.locator('body[data-done]').waitFor({ state: 'attached' });
    return page;
  }

  const leadsWhere = (test, what) =>
    until(
      async () => {
        const leads = await storedLeads(getExt());
        return test(leads) ? leads : false;
      },
      { what },
    );

  return { visit, leadsWhere };
}
