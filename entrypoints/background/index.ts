import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '@/messaging/dispatch';
import { db } from '@/storage/db';
import { onAlarm, notifyNewLeads, scheduleAlarms } from './alarms';
import { updateBadge } from './badge';
import { makeHandlers } from './handlers';

export default defineBackground(() => {
  const now = () => new Date();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const refresh = () => void updateBadge(db(), now()).catch(() => {});
  const handlers = makeHandlers({
    db: db(),
    now,
    newId: () => crypto.randomUUID(),
    changed: ({ newLeads }) => {
      refresh();
      if (newLeads?.length) void notifyNewLeads(db(), newLeads).catch(() => {});
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, self),
  );
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(db(), alarm.name, now()).then(refresh));
  browser.notifications.onClicked.addListener(
    () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  );
  browser.runtime.onInstalled.addListener(() => void scheduleAlarms(now()));
  browser.runtime.onStartup.addListener(() => void scheduleAlarms(now()));
  refresh();
});
