/**
 * The domain model, the ground floor: the shapes, enums and zod schemas of leads, touches,
 * signals, settings, the cadence policy and the follower roster. Each is defined once, here;
 * everything else imports them, and this folder imports nothing of ours.
 */
export * from './lead';
export * from './touch';
export * from './settings';
export * from './roster';
export * from './triage';
export { isoTime } from './time';
export type { HealthRecord } from './health';
export { CSV_PRESETS, type CsvLeadRow, type CsvPreset } from './csv';
export { safeProfileUrl } from './profile-url';
