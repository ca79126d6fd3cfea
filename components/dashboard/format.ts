import { formatDistanceStrict } from 'date-fns';
import type { CadenceState } from '@/cadence';
import type { Platform, Stage } from '@/model';

/** Words the dashboard shows for stored values; the stored values stay the API's. */
export const STAGE_LABEL: Record<Stage, string> = {
  new: 'New',
  lead: 'Lead',
  contact: 'Contact',
  opportunity: 'Opportunity',
  client: 'Client',
  nurture: 'Nurture',
  disqualified: 'Disqualified',
};

export const CADENCE_LABEL: Record<CadenceState, string> = {
  not_started: 'Not started',
  active: 'Active',
  last_attempt: 'Last attempt',
  ended: 'Ended',
  replied: 'Replied',
};

export const PLATFORM_LABEL: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn' };

export const SIGNAL_LABEL: Record<string, string> = {
  followed: 'Followed',
  viewed_profile: 'Viewed profile',
  saved: 'Saved',
  unfollowed: 'Unfollowed',
};

/** `x.followers` → `X followers`; an unknown surface is shown as stored. */
export function surfaceLabel(surface: string): string {
  const [platform, rest] = surface.split('.');
  const name = platform === 'x' ? 'X' : platform === 'linkedin' ? 'LinkedIn' : platform;
  return rest ? `${name} ${rest.replace(/_/g, ' ')}` : surface;
}

/** The site behind a surface, for "X may have changed its format". */
export function surfaceSite(surface: string): string {
  return surface.startsWith('linkedin.') ? 'LinkedIn' : surface.startsWith('x.') ? 'X' : surface;
}

/** A duration as a person says it: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

/** "3 hours ago"; `—` for a missing time. `now` is passed in so a render is deterministic. */
export function ago(iso: string | null | undefined, now: Date): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  // `now` ticks once a minute, so a capture since the last tick would read "in 10 seconds".
  if (now.getTime() - at.getTime() < 60_000) return 'just now';
  return formatDistanceStrict(at, now, { addSuffix: true });
}

/** The calendar day of an ISO time in the reader's zone: `2026-11-20`. */
export function day(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export { safeProfileUrl } from '@/model';

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
