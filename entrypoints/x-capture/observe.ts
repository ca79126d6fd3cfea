import type { CapturedPerson } from '@/capture/types';
import { notJson } from '@/content/observed';
import { sendCapture, sendFailure } from '@/content/send';
import type { XRead } from './read';

/** One read X response: send the people it names; remember profiles for the popup's "who is this?". */
export function observeX(
  read: XRead,
  meta: { viewer: string | null; visitId: string; nextListPage: () => number },
  profiles: Map<string, CapturedPerson>,
): void {
  if (!read) return;
  if ('unreadable' in read) {
    void sendFailure(read.unreadable, notJson(read.status));
    return;
  }
  const { capture } = read;
  for (const p of capture.result.people) if (p.handle) profiles.set(p.handle.toLowerCase(), p);
  const list = capture.list && { ...capture.list, index: meta.nextListPage() };
  void sendCapture(
    {
      kind: capture.kind,
      source: capture.source,
      listOwner: capture.listOwner,
      viewer: meta.viewer,
      visitId: meta.visitId,
      ...(list ? { list } : {}),
    },
    capture.result,
  );
}
