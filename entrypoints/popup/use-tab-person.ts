import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { CapturedPerson } from '@/capture/types';
import { TAB_PERSON } from '@/messaging/tab';
import { tabTable } from '@/messaging/table';

/**
 * The tab to ask: `?tabId=N` when given (a popup opened as a tab is itself the active tab, so
 * the E2E names the page it means), else the active tab of this window.
 */
async function targetTab(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script whose profile it shows; a tab without ours answers nothing. */
async function askTab(tabId: number): Promise<CapturedPerson | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: TAB_PERSON });
    // The answer is built from the page's DOM: bounded and checked like any capture.
    const parsed = tabTable[TAB_PERSON].safeParse(reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The person in the current tab, or null when there is none (or no tab we can ask). */
export function useTabPerson(): CapturedPerson | null {
  const [person, setPerson] = useState<CapturedPerson | null>(null);
  useEffect(() => {
    let alive = true;
    void targetTab(location.search)
      .then((id) => (id === null ? null : askTab(id)))
      .then((p) => alive && setPerson(p))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, []);
  return person;
}
