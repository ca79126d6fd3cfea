import { readProfilePage } from './dom-profile';
import type { CapturedPerson } from '../types';

/**
 * Who the current LinkedIn page is about: the `/in/<slug>/` profile's own top card (never links
 * elsewhere on the page), completed with its identity response when one was seen.
 */
export function linkedInTabPerson(
  url: URL,
  doc: Document,
  seen: ReadonlyMap<string, CapturedPerson>,
): CapturedPerson | null {
  const person = readProfilePage(doc, url).people[0];
  if (!person?.handle) return null;
  const known = seen.get(person.handle);
  return known ? { ...person, ...definedOnly(known) } : person;
}

function definedOnly(p: CapturedPerson): Partial<CapturedPerson> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
