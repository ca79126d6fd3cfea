/** Capture health per surface (`x.followers`, `linkedin.profile_views`, …), as stored. */
export interface HealthRecord {
  surface: string;
  responsesSeen: number;
  peopleExtracted: number;
  emptyResponses: number;
  failures: number;
  skipped: Record<string, number>;
  lastSeenAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}
