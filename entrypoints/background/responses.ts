import { linkedInObservation, linkedInSurface } from '@/capture/linkedin/surface';
import { xCapture, xSurface } from '@/capture/x/surface';
import type { CapturedPerson, Observed, ParseResult, SignalKind, SignalSource } from '@/capture/types';
import { messageTable, type Payload } from '@/messaging/table';

type Response = Payload<'capture.response'>;

/** What one relayed response asks of storage, and what the content script needs back. */
export interface ResponsePlan {
  captures: Payload<'capture.people'>[];
  /** A surface the response could not be read for (health counts it as a failure). */
  failure: { source: SignalSource; error: string } | null;
  /** People the page is about (profile and identity responses): the tab's "who is this?". */
  profiles: CapturedPerson[];
  /** The signed-in LinkedIn member, when this was `/voyager/api/me`. */
  viewer: string | null;
}

/**
 * Turns a relayed response into captures, by site and route. Parsing happens here, in the
 * service worker, not in the page. Parser output is bounded by the same schema as any capture
 * message, so both paths store the same shapes.
 */
export function planResponse(msg: Response, now: Date): ResponsePlan {
  const plan: ResponsePlan = { captures: [], failure: null, profiles: [], viewer: null };
  let observed: Observed;
  try {
    observed = {
      url: new URL(msg.url),
      method: msg.method,
      status: msg.status,
      requestBody: msg.requestBody,
      json: JSON.parse(msg.body),
    };
  } catch {
    const source = msg.site === 'x' ? xSurface(msg.url) : linkedInSurface(msg.url);
    if (source) plan.failure = { source, error: `response was not JSON (HTTP ${msg.status})` };
    return plan;
  }
  const add = (source: SignalSource, kind: SignalKind, result: ParseResult, listOwner: string | null = null) => {
    const payload = {
      kind,
      source,
      viewer: msg.viewer,
      listOwner,
      visitId: msg.visitId,
      people: result.people,
      skipped: result.skipped,
    };
    const parsed = messageTable['capture.people'].safeParse(payload);
    if (parsed.success) plan.captures.push(parsed.data);
    else plan.failure = { source, error: `parsed people failed validation: ${parsed.error.issues[0]?.message ?? ''}` };
  };
  if (msg.site === 'x') {
    const capture = xCapture(observed);
    if (!capture) return plan;
    if (capture.source === 'x.profile') plan.profiles = capture.result.people;
    add(capture.source, capture.kind, capture.result, capture.listOwner);
    return plan;
  }
  const seen = linkedInObservation(observed, now);
  if (seen?.type === 'identity') {
    plan.profiles = seen.result.people;
    if (seen.own) plan.viewer = seen.result.people[0]?.handle ?? null;
  } else if (seen) {
    for (const c of seen.captures)
      if (c.result.people.length || Object.keys(c.result.skipped).length) add(c.source, c.kind, c.result);
  }
  return plan;
}
