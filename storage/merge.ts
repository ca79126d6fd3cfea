import type { CapturedPerson, SignalKind, SignalSource } from '@/capture/types';
import type { Lead, Signal, Stage } from '@/model';

/** The signal a capture carries: what happened, where it was seen, and for which own account. */
export interface CaptureSignal {
  kind: SignalKind;
  source: SignalSource;
  account: string | null;
  /** The page did not say when (a follower found in a list): see Signal.undated. */
  undated?: true;
}

export interface MergeContext {
  /** ISO time of the capture; a person's own `at` (notification time) takes precedence. */
  now: string;
  /**
   * True for a follower the roster placed as not new (storage/roster.ts: the baseline visit, below a
   * known follower, already rostered): they are existing followers, stage `lead`, never re-surfaced.
   */
  baseline: boolean;
  /** Whether the known lead has touches: then a fresh signal marks it, but it is not New again. */
  touched?: boolean;
}

/** Signals kept per lead: the first one and the most recent ones (a long-lived follower is re-seen often). */
const MAX_SIGNALS = 50;
/**
 * Stages from which a fresh signal puts the lead back in the New inbox. A capture never moves a
 * lead's stage backwards (issue #13: a forged follow must not undo a rep's work): only an untouched
 * `lead` becomes `new` again; every other stage keeps its place and is only re-surfaced.
 */
const RESURFACE_FROM: readonly Stage[] = ['lead'];

/** A lead made from a first capture of this person. */
export function newLead(id: string, person: CapturedPerson, signal: CaptureSignal, ctx: MergeContext): Lead {
  const at = person.at ?? ctx.now;
  const base: Lead = {
    id,
    platform: person.platform,
    platformUserId: person.platformUserId,
    handle: person.handle,
    aliases: [],
    displayName: '',
    headline: '',
    profileUrl: '',
    avatarUrl: '',
    stage: initialStage(signal, ctx),
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: at,
    lastSignalAt: at,
    signals: [{ ...signal, at }],
  };
  return applyFields(base, person);
}

function initialStage(signal: CaptureSignal, ctx: MergeContext): Stage {
  if (signal.kind === 'saved') return 'lead';
  if (signal.kind === 'followed' && ctx.baseline) return 'lead';
  return 'new';
}

/**
 * Merges a re-capture into a known lead: newer non-empty fields win, nothing known is erased,
 * an old handle becomes an alias, and a signal not seen before re-surfaces the lead unless it
 * is disqualified or do-not-contact. `fresh` says whether the lead was re-surfaced. A `null`
 * signal only enriches the fields.
 */
export function mergeLead(
  existing: Lead,
  person: CapturedPerson,
  signal: CaptureSignal | null,
  ctx: MergeContext,
): { lead: Lead; fresh: boolean } {
  let lead = applyFields({ ...existing, aliases: [...existing.aliases] }, person, ctx.now);
  if (person.platformUserId) lead.platformUserId = person.platformUserId;
  if (person.handle && person.handle.toLowerCase() !== (existing.handle ?? '').toLowerCase()) {
    if (existing.handle && !lead.aliases.includes(existing.handle)) lead.aliases.push(existing.handle);
    lead.aliases = lead.aliases.filter((a) => a.toLowerCase() !== person.handle?.toLowerCase());
    remember(lead, 'handle', person.handle, ctx.now);
    lead.handle = person.handle;
  }
  const at = person.at ?? ctx.now;
  // No signal: a profile page that only enriches what is known.
  if (!signal || hasSignal(existing.signals, signal, at)) return { lead, fresh: false };
  lead = {
    ...lead,
    signals: capSignals([...existing.signals, { ...signal, at }]),
    // An undated signal is only when Touchline looked: it claims no recency.
    lastSignalAt: !signal.undated && at > existing.lastSignalAt ? at : existing.lastSignalAt,
    firstSeenAt: at < existing.firstSeenAt ? at : existing.firstSeenAt,
  };
  const blocked = lead.stage === 'disqualified' || lead.doNotContact;
  const resurfaces = !blocked && signal.kind !== 'saved' && !(signal.kind === 'followed' && ctx.baseline);
  if (!resurfaces) return { lead, fresh: false };
  lead.resurfacedAt = ctx.now;
  // New is the inbox of people nobody has written to yet (PRODUCT.md "Popup"); a lead with touches
  // keeps its stage, and its `resurfacedAt` offers the rep a restart.
  if (RESURFACE_FROM.includes(lead.stage) && !ctx.touched) lead.stage = 'new';
  return { lead, fresh: true };
}

/**
 * Whether this signal is already recorded. Following is a state: once known as a follower of an
 * account, a later list or notification saying so again is not news (PRODUCT.md "New vs known").
 * A view is an event, recorded once per time; saving by hand is recorded once.
 */
function hasSignal(signals: readonly Signal[], signal: CaptureSignal, at: string): boolean {
  // Following again after leaving is news: only a follow since the last unfollow counts.
  if (signal.kind === 'followed') {
    const last = signals.findLast(
      (s) => s.account === signal.account && (s.kind === 'followed' || s.kind === 'unfollowed'),
    );
    return last?.kind === 'followed';
  }
  return signals.some((s) => {
    if (s.kind !== signal.kind) return false;
    if (signal.kind === 'saved') return true;
    if (s.account !== signal.account) return false;
    return s.at === at;
  });
}

function capSignals(signals: Signal[]): Signal[] {
  if (signals.length <= MAX_SIGNALS) return signals;
  return [signals[0] as Signal, ...signals.slice(signals.length - (MAX_SIGNALS - 1))];
}

const MAX_HISTORY = 50;
type Remembered = NonNullable<Lead['history']>[number]['field'];

/** Keeps a field's old value in the lead's history before a capture replaces it (issue #13). */
function remember(lead: Lead, field: Remembered, next: string, at: string): void {
  const old = lead[field];
  if (!old || old === next) return;
  lead.history = [...(lead.history ?? []), { at, field, from: old }].slice(-MAX_HISTORY);
}

/**
 * Copies the non-empty fields of a capture onto a lead (never erasing what is known); with `at`,
 * a known lead keeps the old name, profile URL and avatar in its history.
 */
function applyFields(lead: Lead, p: CapturedPerson, at?: string): Lead {
  const set = (field: Exclude<Remembered, 'handle'>, value: string | undefined) => {
    if (!value) return;
    if (at) remember(lead, field, value, at);
    lead[field] = value;
  };
  set('displayName', p.displayName);
  if (p.headline) lead.headline = p.headline;
  set('profileUrl', p.profileUrl);
  set('avatarUrl', p.avatarUrl);
  if (p.location) lead.location = p.location;
  if (p.followersCount !== undefined && p.followersCount >= 0) lead.followersCount = p.followersCount;
  if (p.verified !== undefined) lead.verified = p.verified;
  // What triage's false-lead rules read (issue #14); X gives them, LinkedIn does not.
  if (p.followingCount !== undefined && p.followingCount >= 0) lead.followingCount = p.followingCount;
  if (p.accountCreatedAt) lead.accountCreatedAt = p.accountCreatedAt;
  if (p.protected !== undefined) lead.protected = p.protected;
  return lead;
}
