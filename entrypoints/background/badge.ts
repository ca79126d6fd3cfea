import browser from 'webextension-polyfill';
import type { TouchlineDb } from '@/storage/db';
import { badgeCount } from '@/storage/queries';

/** Shows new leads + touches due on the toolbar icon; nothing when there is nothing to do. */
export async function updateBadge(db: TouchlineDb, now: Date): Promise<void> {
  const n = await badgeCount(db, now);
  await browser.action.setBadgeBackgroundColor({ color: '#1d6b4f' });
  await browser.action.setBadgeText({ text: n === 0 ? '' : n > 999 ? '999+' : String(n) });
  await browser.action.setTitle({ title: n === 0 ? 'Touchline' : `Touchline: ${n} to act on` });
}
