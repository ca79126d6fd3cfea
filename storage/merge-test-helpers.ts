// The times, context and signals the merge tests share (not shipped: only *.test.ts files import it).
import { captureSignal } from '@/test/factories';
import type { MergeContext } from './merge';

export const T0 = '2026-11-01T10:00:00.000Z'; // the factory lead's first sighting
export const T1 = '2026-11-03T08:00:00.000Z';
export const NOW = '2026-11-05T12:00:00.000Z';
export const ctx: MergeContext = { now: NOW, baseline: false };
export const followers = captureSignal({ kind: 'followed', source: 'x.followers', account: '99' });
export const view = captureSignal({ kind: 'viewed_profile', source: 'linkedin.profile_views', account: null });
