import type { LeadRowModel } from '@/components/popup/lead-rows';
import { falseCountText } from '@/components/popup/false-count';
import { POPUP_SNAPSHOT_KEY, type PopupSnapshot } from '@/storage/popup-snapshot-shape';
import { newRow } from './rows';

/** As components/popup/lead-rows.tsx lays rows out. */
const ROW_HEIGHT = 52;
/** Should the app never take over (its store failed to open), the snapshot still gives way. */
const GIVE_WAY_MS = 5_000;

type Child = Node | string;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  // Text nodes only: names and bios come from the sites and are never parsed as markup.
  node.append(...children);
  return node;
}

function rowNode(row: LeadRowModel, i: number): HTMLElement {
  const sub = el('span', { class: 'sub' }, el('span', { class: 'handle' }, row.handle), ` · ${row.platform}`);
  if (row.chip) sub.append(' ', el('span', { class: 'chip', title: row.chip.title }, row.chip.text));
  return el(
    'div',
    {
      class: 'row',
      'data-testid': 'snapshot-row',
      'data-lead-id': row.id,
      style: `height: ${ROW_HEIGHT}px; transform: translateY(${i * ROW_HEIGHT}px)`,
    },
    el('span', { class: 'name' }, row.name),
    el('span', { class: `detail ${row.tone ?? ''}` }, row.detail),
    sub,
  );
}

function snapshotNode(s: PopupSnapshot, now: Date): HTMLElement {
  const tab = (label: string, count: string, selected: boolean) =>
    el(
      'button',
      { type: 'button', class: 'tab', 'aria-selected': String(selected) },
      label,
      el('span', { class: 'tab-count' }, count),
    );
  const panel = el('div', { class: 'panel' });
  if (s.likelyFalse > 0 || s.hide) {
    const box = el('input', { type: 'checkbox' });
    (box as HTMLInputElement).checked = s.hide;
    panel.append(
      el(
        'div',
        { class: 'new-filter' },
        el('label', {}, box, ' Hide likely false'),
        el('span', { class: 'hint' }, falseCountText(s.likelyFalse, s.hide)),
      ),
    );
  }
  const rows = s.rows.map((lead, i) => rowNode(newRow(lead, now, s.showFit), i));
  panel.append(
    el(
      'div',
      { class: 'rows', 'data-testid': 'snapshot-new' },
      el('div', { class: 'rows-inner', style: `height: ${rows.length * ROW_HEIGHT}px` }, ...rows),
    ),
  );
  return el(
    'div',
    { class: 'snapshot', inert: '', 'aria-hidden': 'true' },
    el(
      'main',
      { class: 'app' },
      el(
        'header',
        { class: 'bar' },
        el('h1', {}, 'Touchline'),
        el('span', { class: 'count' }, `${s.total} lead${s.total === 1 ? '' : 's'}`),
        el('button', { type: 'button' }, 'Dashboard'),
      ),
      el(
        'section',
        { class: 'lists' },
        el(
          'div',
          { class: 'tabs' },
          tab('New', String(s.count), true),
          tab('Due', '', false),
          tab('All', String(s.total), false),
        ),
        panel,
      ),
    ),
  );
}

let handedOver = false;

interface Native {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The native `storage.session`, not webextension-polyfill's: the snapshot paints before the
 * polyfill's 22 KB would have loaded. Chrome MV3 and Firefox both return a Promise from `get`.
 */
const session = () => {
  const g = globalThis as unknown as { browser?: Native; chrome: Native };
  return (g.browser ?? g.chrome).storage.session;
};

/**
 * Paints New's first rows from the background's snapshot (storage/popup-snapshot-shape.ts) while
 * the popup's scripts load: they are most of its open time. The snapshot sits over the app,
 * inert, until the app shows its own lists ({@link dropSnapshot}). Nothing is painted without
 * one (the background drops it while the store changes), or once the app was first.
 */
export async function paintSnapshot(root: HTMLElement): Promise<boolean> {
  const found: Record<string, unknown> = await session()
    .get(POPUP_SNAPSHOT_KEY)
    .catch(() => ({}));
  const snapshot = found[POPUP_SNAPSHOT_KEY] as PopupSnapshot | undefined;
  if (handedOver || !snapshot || !Array.isArray(snapshot.rows) || snapshot.rows.length === 0) return false;
  root.before(snapshotNode(snapshot, new Date()));
  setTimeout(dropSnapshot, GIVE_WAY_MS);
  return true;
}

/** The app shows its own lists: the snapshot gives way, or is never painted. */
export function dropSnapshot(): void {
  handedOver = true;
  document.querySelector('.snapshot')?.remove();
}
