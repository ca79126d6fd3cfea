/**
 * Version 3 (issue #13): captures held for review. A burst far above what a person scrolling can
 * produce (storage/burst.ts) is kept here, unapplied, until the user keeps or discards it. A new
 * table only: nothing stored before changes, so there is no upgrader.
 */
export const V3_STORES = {
  held: '++id, group',
};
