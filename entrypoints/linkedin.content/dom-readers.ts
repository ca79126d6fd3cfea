import { readFollowerCards } from '@/capture/linkedin/dom-followers';
import { readNotificationCards } from '@/capture/linkedin/dom-notifications';
import { readProfileViewRows } from '@/capture/linkedin/dom-profile-views';
import { type LinkedInPage } from '@/capture/linkedin/index';
import type { ParseResult, SignalKind, SignalSource } from '@/capture/types';

export interface DomReader {
  source: SignalSource;
  kind: SignalKind;
  read: (root: ParentNode) => ParseResult;
}

/**
 * The DOM fallback of each list page. Notification cards mix follows and views; the fallback
 * reports follows and views as separate readers would, by keeping each person's own kind.
 */
export function domReaderFor(kind: LinkedInPage['kind']): DomReader | null {
  switch (kind) {
    case 'profile_views':
      return {
        source: 'linkedin.profile_views',
        kind: 'viewed_profile',
        read: (root) => readProfileViewRows(root, new Date()),
      };
    case 'followers':
      return { source: 'linkedin.followers', kind: 'followed', read: readFollowerCards };
    case 'notifications':
      // Views are the rarer notification; follows are what the page mostly shows.
      return {
        source: 'linkedin.notifications',
        kind: 'followed',
        read: (root) => followsOnly(readNotificationCards(root, new Date())),
      };
    default:
      return null;
  }
}

function followsOnly(result: ParseResult): ParseResult {
  return { people: result.people.filter((p) => (p.kind ?? 'followed') === 'followed'), skipped: result.skipped };
}
