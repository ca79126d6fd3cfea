import type { BridgeMessage } from '@/bridge/channel';
import { xCapture, xSurface } from '@/capture/x/surface';
import type { CapturedPerson } from '@/capture/types';
import { parseJson } from '@/content/idle';
import { sendCapture, sendFailure } from '@/content/send';

/**
 * One observed X response: parse it here (cheap), send the people it names (small), remember
 * profile responses for the popup's "who is this?". A body that is not JSON is counted against
 * its surface.
 */
export function observeX(
  message: BridgeMessage,
  meta: { viewer: string | null; visitId: string },
  profiles: Map<string, CapturedPerson>,
): void {
  const parsed = parseJson(message.body);
  if (!parsed.ok) {
    const surface = xSurface(message.url);
    if (surface) void sendFailure(surface, `response was not JSON (HTTP ${message.status})`);
    return;
  }
  let url: URL;
  try {
    url = new URL(message.url, 'https://x.com/');
  } catch {
    return;
  }
  const capture = xCapture({
    url,
    method: message.method,
    status: message.status,
    requestBody: message.requestBody,
    json: parsed.json,
  });
  if (!capture) return;
  for (const p of capture.result.people) if (p.handle) profiles.set(p.handle.toLowerCase(), p);
  void sendCapture(
    { kind: capture.kind, source: capture.source, listOwner: capture.listOwner, ...meta },
    capture.result,
  );
}
