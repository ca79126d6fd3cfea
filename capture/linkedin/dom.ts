import { cleanText } from './person';

/**
 * The text a sighted user reads in `el`. LinkedIn doubles names for screen readers: the visible
 * copy sits in `span[aria-hidden="true"]`, the spoken one in `.visually-hidden` ("View Dana's
 * profile"). Prefer the first; otherwise take the text without the hidden copies.
 */
export function visibleText(el: Element | null | undefined): string | undefined {
  if (el == null) return undefined;
  const shown = cleanText(el.querySelector('span[aria-hidden="true"]')?.textContent);
  return shown ?? cleanText(textWithoutHidden(el));
}

/**
 * `el`'s whole text minus the `.visually-hidden` screen-reader copies, not capped (a sentence is
 * classified before anything is stored; cap what you keep with cleanText).
 */
export function textWithoutHidden(el: Element | null | undefined): string | undefined {
  if (el == null) return undefined;
  let s = el.textContent ?? '';
  for (const hidden of el.querySelectorAll('.visually-hidden')) s = s.replace(hidden.textContent ?? '', ' ');
  return s;
}

/** The first element matching any of `selectors` (tried in order) inside `root`. */
export function firstOf(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el !== null) return el;
  }
  return null;
}

/** An `<img>`'s src when it is an https URL (never `data:` placeholders or `javascript:`). */
export function imageSrc(el: Element | null): string | undefined {
  const src = el?.getAttribute('src');
  return src != null && src.startsWith('https://') ? cleanText(src) : undefined;
}
