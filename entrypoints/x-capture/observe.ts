import type { BridgeMessage } from '@/bridge/channel';
import { xCapture, xSurface } from '@/capture/x/routes';
import type { CapturedPerson } from '@/capture/types';
import { readObserved } from '@/content/observed';
import { sendCapture } from '@/content/send';

/** One observed X response: send the people it names; remember profiles for the popup's "who is this?". */
export function observeX(
  message: BridgeMessage,
  meta: { viewer: string | null; visitId: string; nextListPage: () => number },
  profiles: Map<string, CapturedPerson>,
): void {
  const observed = readObserved(message, 'https://x.com/', xSurface);
  const capture = observed && xCapture(observed);
  if (!capture) return;
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
