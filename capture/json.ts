/** A plain JSON object (not an array, not null). */
export type JsonRecord = Record<string, unknown>;

/** True for a non-null, non-array object: the one guard every parser walks unknown JSON with. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
