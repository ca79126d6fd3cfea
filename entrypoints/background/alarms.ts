import browser from 'webextension-polyfill';
import type { TouchlineDb } from '@/storage/db';
import { syncCadence } from '@/storage/cadence-sync';
import { dueLeads } from '@/storage/queries';
import { getSettings } from '@/storage/settings';
import { newLeadText } from './notice-text';

export const DAILY = 'touchline-daily';
const HOURLY = 'touchline-hourly';

/** The service worker sleeps, so reminders are alarms, never timers. */
export async function scheduleAlarms(now: Date): Promise<void> {
  const nine = new Date(now);
  nine.setHours(9, 0, 0, 0);
  if (nine <= now) nine.setDate(nine.getDate() + 1);
  if (!(await browser.alarms.get(DAILY)))
    browser.alarms.create(DAILY, { when: nine.getTime(), periodInMinutes: 24 * 60 });
  // Hourly: touches come due and windows close with time, not only with clicks.
  if (!(await browser.alarms.get(HOURLY))) browser.alarms.create(HOURLY, { periodInMinutes: 60 });
}

/** Re-reads due cadences (moving ended ones to nurture); at the daily alarm, tells the user what is due. */
export async function onAlarm(db: TouchlineDb, name: string, now: Date): Promise<void> {
  const due = await dueLeads(db, now);
  await syncCadence(
    db,
    due.map((l) => l.id),
    now,
  );
  if (name !== DAILY || !(await getSettings(db)).notifyDueDaily) return;
  const stillDue = await dueLeads(db, now);
  if (stillDue.length === 0) return;
  await browser.notifications.create('touchline-due', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `${stillDue.length} follow-up${stillDue.length === 1 ? '' : 's'} due today`,
    message: stillDue
      .slice(0, 3)
      .map((l) => l.displayName || l.handle || l.id)
      .join(', '),
  });
}

/**
 * One notification for the leads that just arrived (opt-out in settings). Only leads in the New
 * inbox count: the existing followers saved on a first visit are not news.
 */
export async function notifyNewLeads(db: TouchlineDb, created: readonly string[]): Promise<void> {
  if (created.length === 0 || !(await getSettings(db)).notifyNewLead) return;
  const fresh = (await db.leads.bulkGet([...created])).filter((l) => l?.stage === 'new');
  const ids = fresh.map((l) => l?.id ?? '');
  if (ids.length === 0) return;
  const first = fresh[0];
  await browser.notifications.create(`touchline-new-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: ids.length === 1 ? 'New lead' : `${ids.length} new leads`,
    message:
      ids.length === 1
        ? newLeadText(first ?? { platform: 'x', handle: null, signals: [] })
        : 'Open Touchline to reach out while they are warm.',
  });
}
