/**
 * Version 5 (issue #15): leads are found by the person they are linked into (`personId`), so a
 * touch, a stage change or the cadence of one lead reaches the person's other leads. An index
 * only: no lead was linked before, so there is no upgrader.
 */
export const V5_STORES = {
  leads: 'id, stage, platform, firstSeenAt, lastSignalAt, handle, *keys, *words, dueAt, [queue+waitingSince], personId',
};
