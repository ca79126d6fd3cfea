import * as z from 'zod/mini';
import { countSkip, type SkipCounts } from '../types';
import { lazy, rule } from '../rule';

/** One non-cursor item of an X timeline: its entry id and the `itemContent` to parse. */
export interface XTimelineItem {
  entryId: string | undefined;
  itemContent: unknown;
}

const looseArray = () => z.catch(z.array(z.unknown()), []);
const optionalString = () => z.catch(z.optional(z.string()), undefined);
const Instruction = lazy(() =>
  z.object({
    entries: z.optional(looseArray()), // TimelineAddEntries
    entry: z.optional(z.unknown()), // TimelineReplaceEntry
    moduleItems: z.optional(looseArray()), // TimelineAddToModule
  }),
);
const Entry = lazy(() =>
  z.object({
    entryId: optionalString(),
    content: z.catch(
      z.optional(
        z.object({
          entryType: optionalString(),
          __typename: optionalString(),
          itemContent: z.optional(z.unknown()),
          items: z.optional(looseArray()), // TimelineTimelineModule: items[].item.itemContent
        }),
      ),
      undefined,
    ),
    // Module items (TimelineAddToModule.moduleItems[], module `items[]`) wrap it in `item`.
    item: z.catch(z.optional(z.object({ itemContent: z.optional(z.unknown()) })), undefined),
  }),
);

const isCursor = (entryId: string | undefined, type: string | undefined): boolean =>
  type === 'TimelineTimelineCursor' || (entryId?.startsWith('cursor-') ?? false);

function readEntry(raw: unknown, out: XTimelineItem[], skipped: SkipCounts): void {
  const parsed = Entry.safeParse(raw);
  if (!parsed.success) return countSkip(skipped, 'unreadable_entry');
  const { entryId, content, item } = parsed.data;
  // Cursors (platform-x.md §1 "entries[j]") are paging, not people: ignore without counting.
  if (isCursor(entryId, content?.entryType ?? content?.__typename)) return;
  if (content?.itemContent !== undefined) {
    out.push({ entryId, itemContent: content.itemContent });
  } else if (content?.items !== undefined) {
    for (const child of content.items) readEntry(child, out, skipped);
  } else if (item?.itemContent !== undefined) {
    out.push({ entryId, itemContent: item.itemContent });
  } else {
    countSkip(skipped, 'unreadable_entry');
  }
}

/**
 * Walk a timeline's `instructions[]` (platform-x.md §1) and return its items in order:
 * `TimelineAddEntries.entries[]`, `TimelineReplaceEntry.entry`, `TimelineAddToModule.moduleItems[]`
 * (other instruction types, e.g. `TimelineClearCache`, carry no items). Cursor entries are
 * ignored; entries with no readable item are counted in `skipped` as `unreadable_entry`.
 */
export function xTimelineItems(instructions: unknown, skipped: SkipCounts): XTimelineItem[] {
  const out: XTimelineItem[] = [];
  if (!Array.isArray(instructions)) return out;
  for (const raw of instructions) {
    const parsed = Instruction.safeParse(raw);
    if (!parsed.success) continue;
    const { entries, entry, moduleItems } = parsed.data;
    for (const e of entries ?? []) readEntry(e, out, skipped);
    if (entry !== undefined) readEntry(entry, out, skipped);
    for (const e of moduleItems ?? []) readEntry(e, out, skipped);
  }
  return out;
}

const ApiErrors = lazy(() => z.object({ errors: z.array(z.unknown()).check(rule((a) => a.length >= 1)) }));

/**
 * The skip reason for a response whose envelope did not match: `api_error` when X sent its
 * `{ errors: [...] }` body (rate limit, expired query id), else `bad_envelope` (a format change).
 */
export function xEnvelopeSkip(json: unknown): string {
  const errors = ApiErrors.safeParse(json);
  return errors.success ? 'api_error' : 'bad_envelope';
}
