import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '@/messaging/dispatch';
import { db } from '@/storage/db';
import { onAlarm, notifyNewLeads, scheduleAlarms } from './alarms';
import { updateBadge } from './badge';
import { debounce } from './coalesce';
import { makeHandlers, type World } from './handlers';
import { onPort } from './ports';
import { snapshotKeeper } from './snapshot';

export default defineBackground(() => {
  const now = () => new Date();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const snapshot = snapshotKeeper(db());
  // Counting walks an index: once after a burst of captures, not after each one.
  const settle = debounce(() => {
    void updateBadge(db(), now()).catch(() => {});
    void snapshot.write().catch(() => {});
  }, 400);
  const refresh = () => {
    snapshot.changed();
    settle();
  };
  const arrived = new Set<string>();
  const notify = debounce(() => {
    const ids = [...arrived];
    arrived.clear();
    void notifyNewLeads(db(), ids).catch(() => {});
  }, 2000);
  const world: World = {
    db: db(),
    now,
    newId: () => crypto.randomUUID(),
    changed: ({ newLeads }) => {
      refresh();
      if (!newLeads?.length) return;
      for (const id of newLeads) arrived.add(id);
      notify();
    },
  };
  const handlers = makeHandlers(world);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, self),
  );
  browser.runtime.onConnect.addListener((port) => onPort(port, self, world, handlers));
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(db(), alarm.name, now()).then(refresh));
  browser.notifications.onClicked.addListener(
    () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  );
  browser.runtime.onInstalled.addListener(() => void scheduleAlarms(now()));
  browser.runtime.onStartup.addListener(() => void scheduleAlarms(now()));
  refresh();
});
