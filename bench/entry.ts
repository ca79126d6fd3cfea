// Bench-only bundle (never part of the extension build): the real parser and storage code,
// bundled by bench/lib.mjs into bench/.tmp/ and injected into pages with page.evaluate.
export { parseXFollowers } from '@/capture/x/followers';
export { newLead } from '@/storage/merge';
export { stored } from '@/storage/stored';
export { personKeys } from '@/storage/identity';
export { rosterKeys } from '@/storage/roster-keys';
export { TouchlineDb } from '@/storage/db';
export { upsertCaptured } from '@/storage/upsert';
export { recordHealth } from '@/storage/health';
export { badgeCount } from '@/storage/queries';
export { messageTable } from '@/messaging/table';
export { csvParts, csvRows } from '@/storage/export-csv';
export { triage } from '@/triage';
export { withTriage } from '@/storage/triage';
export { retriageAll } from '@/storage/retriage';
export { getSettings, putSettings } from '@/storage/settings';
