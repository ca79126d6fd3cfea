import browser from 'webextension-polyfill';
import type { TouchlineDb } from '@/storage/db';
import { popupSnapshot } from '@/storage/popup-snapshot';
import { POPUP_SNAPSHOT_KEY } from '@/storage/popup-snapshot-shape';

type Session = Pick<browser.Storage.StorageArea, 'set' | 'remove'>;

/**
 * Keeps the popup's first paint (storage/popup-snapshot.ts) in session storage. It is dropped the
 * moment anything changes, so a popup opened then never paints what is no longer true, and
 * written again once changes settle; one read while another change lands is not written.
 */
export function snapshotKeeper(database: TouchlineDb, session: Session = browser.storage.session) {
  let generation = 0;
  return {
    changed(): void {
      generation++;
      void session.remove(POPUP_SNAPSHOT_KEY).catch(() => {});
    },
    async write(): Promise<void> {
      const at = generation;
      const snapshot = await popupSnapshot(database);
      if (at === generation) await session.set({ [POPUP_SNAPSHOT_KEY]: snapshot });
    },
  };
}
