/** Version 1 (2026-11, first release): leads, touches, settings, capture health, baseline visits. */
export const V1_STORES = {
  leads: 'id, stage, platform, firstSeenAt, lastSignalAt, handle, *keys, *words, dueAt, [stage+waitingSince]',
  touches: 'id, leadId, at',
  settings: 'key',
  health: 'surface',
  accounts: 'id',
};
