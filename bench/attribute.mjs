// Main-thread time spent in Touchline's own code, from a V8 CPU profile of the tab (issue #17).
// The page-load difference between two fresh tabs (CDP TaskDuration) swings by ±10 ms from tab to
// tab on this machine, more than the 5 ms budget; the profile says directly which samples had a
// script of the extension on the stack (the hook in the page's world, the content scripts in the
// isolated world: both run on the page's main thread), so it needs no subtraction.

const EXTENSION_URL = /^chrome-extension:\/\//;
/** Sampling interval in µs: fine enough for scripts that run ~1 ms, coarse enough not to slow them. */
const INTERVAL_US = 100;

/** Starts sampling the tab's main thread; call before the navigation to measure. */
export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
}

/**
 * Stops sampling; returns the ms of samples with an extension script anywhere on the stack, and
 * the ms by script file (the outermost extension frame's file), for the report.
 */
export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  // The outermost frame of ours on the node's stack, memoised (profiles hold thousands of nodes).
  const outer = new Map();
  const outermost = (id) => {
    if (outer.has(id)) return outer.get(id);
    const up = parent.has(id) ? outermost(parent.get(id)) : null;
    const url = byId.get(id).callFrame.url;
    const found = up ?? (EXTENSION_URL.test(url) ? url.split('/').pop() : null);
    outer.set(id, found);
    return found;
  };
  const byFile = {};
  let us = 0;
  profile.samples.forEach((id, i) => {
    const file = outermost(id);
    if (!file) return;
    // timeDeltas[i + 1] is the time from this sample to the next: how long this stack was seen.
    const dt = profile.timeDeltas[i + 1] ?? INTERVAL_US;
    us += dt;
    byFile[file] = (byFile[file] ?? 0) + dt / 1000;
  });
  return { ms: us / 1000, byFile };
}
