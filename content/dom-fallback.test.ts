// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CapturedPerson, ParseResult } from '@/capture/types';
import { captured } from '@/test/factories';
import { startDomFallback } from './dom-fallback';

// A list page as a site renders it: one row per person, rows added and recycled while scrolling.
// The reader stands in for capture/*/dom-*.ts: a row with `data-id` is a person, one without is
// counted as skipped.

const GRACE = 1500; // the documented defaults
const DEBOUNCE = 300;

function listPage(): { doc: Document; list: HTMLElement } {
  const doc = document.implementation.createHTMLDocument('followers');
  const list = doc.createElement('ul');
  doc.body.append(list);
  return { doc, list };
}

function addRow(list: HTMLElement, id: string | null, handle = `h${id ?? ''}`): HTMLElement {
  const row = list.ownerDocument.createElement('li');
  if (id !== null) row.dataset.id = id;
  row.dataset.handle = handle;
  row.textContent = handle;
  list.append(row);
  return row;
}

function readRows(root: ParentNode): ParseResult {
  const people: CapturedPerson[] = [];
  let unreadable = 0;
  for (const row of root.querySelectorAll<HTMLElement>('li')) {
    if (row.dataset.id === undefined) unreadable++;
    else people.push(captured({ platformUserId: row.dataset.id, handle: row.dataset.handle ?? null }));
  }
  return { people, skipped: unreadable > 0 ? { no_user_id: unreadable } : {} };
}

const ids = (report: ReturnType<typeof vi.fn>) =>
  report.mock.calls.map(([r]) => (r as ParseResult).people.map((p) => p.platformUserId));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startDomFallback', () => {
  test('reads the page once the grace period passed without an API response, not before', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    addRow(list, null, 'broken');
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE - 1);
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledExactlyOnceWith(doc);
    expect(report).toHaveBeenCalledExactlyOnceWith({
      people: [captured({ platformUserId: '1', handle: 'h1' })],
      skipped: { no_user_id: 1 },
    });
  });

  test('rows rendered during the grace period are all in the first read', async () => {
    const { doc, list } = listPage();
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    addRow(list, '1');
    await vi.advanceTimersByTimeAsync(500);
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(GRACE - 500);
    expect(read).toHaveBeenCalledTimes(1);
    expect(ids(report)).toEqual([['1', '2']]);
  });

  test('an API response seen during the grace period means the DOM is never read', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    const fallback = startDomFallback(doc, read, vi.fn());
    fallback.apiSeen();
    await vi.advanceTimersByTimeAsync(GRACE);
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 2);
    expect(read).not.toHaveBeenCalled();
  });

  test('keeps reading as rows change, debounced, and reports only people not reported before', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE);
    // Scrolling: two rows arrive 100 ms apart, within one debounce.
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(100);
    addRow(list, '3');
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(2);
    expect(ids(report)).toEqual([['1'], ['2', '3']]);
  });

  test('a recycled row showing someone already reported reports nothing', async () => {
    const { doc, list } = listPage();
    const first = addRow(list, '1');
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE);
    // The virtualised list reuses the row element for the same person after a scroll back.
    first.replaceWith(addRow(list, '1'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(read).toHaveBeenCalledTimes(2);
    expect(ids(report)).toEqual([['1']]);
  });

  test('a row whose text changes in place is a change; an attribute alone is not', async () => {
    const { doc, list } = listPage();
    const row = addRow(list, '1');
    const read = vi.fn(readRows);
    startDomFallback(doc, read, vi.fn());
    await vi.advanceTimersByTimeAsync(GRACE);
    row.setAttribute('aria-selected', 'true');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(read).toHaveBeenCalledTimes(1);
    row.textContent = 'h1 (follows you)';
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(read).toHaveBeenCalledTimes(2);
  });

  test('an API response seen later stops the reading', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    const report = vi.fn();
    const fallback = startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE);
    fallback.apiSeen();
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 2);
    expect(read).toHaveBeenCalledTimes(1);
    expect(ids(report)).toEqual([['1']]);
  });

  test('stop() before the grace period: nothing is read', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    startDomFallback(doc, read, vi.fn()).stop();
    await vi.advanceTimersByTimeAsync(GRACE + DEBOUNCE);
    expect(read).not.toHaveBeenCalled();
  });

  test('stop() while watching: a pending re-read is dropped and later rows are not read', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    const fallback = startDomFallback(doc, read, vi.fn());
    await vi.advanceTimersByTimeAsync(GRACE);
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(DEBOUNCE / 2);
    fallback.stop();
    addRow(list, '3');
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 2);
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('a read that finds nobody new reports nothing', async () => {
    const { doc, list } = listPage();
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE);
    expect(read).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
    addRow(list, '1');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(ids(report)).toEqual([['1']]);
  });

  test('the grace period and the debounce can be set', async () => {
    const { doc, list } = listPage();
    addRow(list, '1');
    const read = vi.fn(readRows);
    startDomFallback(doc, read, vi.fn(), { graceMs: 50, debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(50);
    expect(read).toHaveBeenCalledTimes(1);
    addRow(list, '2');
    await vi.advanceTimersByTimeAsync(10);
    expect(read).toHaveBeenCalledTimes(2);
  });

  test('a document without a body is watched from its root element', async () => {
    const { doc } = listPage();
    doc.body.remove();
    const read = vi.fn(readRows);
    const report = vi.fn();
    startDomFallback(doc, read, report);
    await vi.advanceTimersByTimeAsync(GRACE);
    const list = doc.createElement('ul');
    doc.documentElement.append(list);
    addRow(list, '1');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(ids(report)).toEqual([['1']]);
  });
});
