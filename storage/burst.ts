/**
 * Bursts far above what a person scrolling can produce (issue #13: one posted message created
 * 20,000 leads). A person scrolling their followers or notifications adds a few dozen people to the
 * New inbox a minute; a tab adding more than LIMIT within WINDOW_MS is held for review instead, and
 * stays held until it has been quiet for WINDOW_MS. A tab whose burst the user kept is trusted from
 * then on. Pure: times are parameters; the background keeps one guard in memory (a burst is
 * continuous activity, which keeps the worker alive).
 */
export const BURST_LIMIT = 200;
export const BURST_WINDOW_MS = 60_000;

interface TabState {
  arrivals: { at: number; n: number }[];
  /** The held group this tab's captures go to while the hold lasts. */
  group: string | null;
  lastAt: number;
}

export class BurstGuard {
  private readonly tabs = new Map<string, TabState>();
  private readonly trusted = new Set<string>();

  constructor(
    private readonly limit = BURST_LIMIT,
    private readonly windowMs = BURST_WINDOW_MS,
  ) {}

  private state(tab: string, at: number): TabState {
    let s = this.tabs.get(tab);
    if (!s || at - s.lastAt > this.windowMs) {
      s = { arrivals: [], group: null, lastAt: at };
      this.tabs.set(tab, s);
    }
    s.arrivals = s.arrivals.filter((a) => at - a.at <= this.windowMs);
    return s;
  }

  /** The held group a capture from `tab` goes to now, or null to apply it. */
  heldGroup(tab: string, at: number): string | null {
    if (this.trusted.has(tab)) return null;
    const s = this.state(tab, at);
    s.lastAt = at;
    return s.group;
  }

  /**
   * Whether `n` more people in the inbox from `tab` stay within the limit. If not, the hold begins
   * and its group is returned: the capture that would cross the limit is held whole.
   */
  admit(tab: string, n: number, at: number): { ok: true } | { ok: false; group: string } {
    if (this.trusted.has(tab) || n === 0) return { ok: true };
    const s = this.state(tab, at);
    const inWindow = s.arrivals.reduce((sum, a) => sum + a.n, 0);
    if (inWindow + n <= this.limit) return { ok: true };
    s.group ??= `${tab}|${new Date(s.arrivals[0]?.at ?? at).toISOString()}`;
    return { ok: false, group: s.group };
  }

  /** Counts people a capture from `tab` put in the inbox (after it was stored). */
  record(tab: string, n: number, at: number): void {
    if (n > 0) this.state(tab, at).arrivals.push({ at, n });
  }

  /** The user kept this tab's burst: it is not held again. */
  trust(tab: string): void {
    this.trusted.add(tab);
    this.tabs.delete(tab);
  }
}

/** The tab of a held group's key (`<tab>|<start>`). */
export const tabOfGroup = (group: string): string => group.slice(0, group.lastIndexOf('|'));
/** When a held group's burst began: the start in its key (`<tab>|<start>`). */
export const startOfGroup = (group: string): string => group.slice(group.lastIndexOf('|') + 1);
