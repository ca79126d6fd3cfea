import { useState } from 'react';
import { checkTouch, findUsedValueProp, usedValueProps, type TouchCheck } from '@/cadence';
import type { Notice } from '@/components/popup/touch-notice';
import type { TouchDraft } from '@/components/popup/touch-form';
import { call } from '@/entrypoints/shared/api';
import type { Channel, Lead } from '@/model';
import { suggestChannel } from '@/people';
import { defaultChannel } from './labels';
import { draftTime, freshTimes } from './touch-time';
import type { LeadCadence } from './use-lead-cadence';

const blank = (lead: Pick<Lead, 'platform'>, now: Date, channel: Channel | null): TouchDraft => ({
  channel: channel ?? defaultChannel(lead.platform),
  note: '',
  valueProp: '',
  outcome: 'no_reply',
  ...freshTimes(now),
});

/** Before sending: the pure rules' answer, worded for the rep. */
function precheck(check: TouchCheck | null): Notice | null {
  if (!check) return { tone: 'error', text: 'Pick when the touch happened.' };
  if (!check.ok)
    return { tone: check.needsConfirm ? 'warn' : 'error', text: check.reason, confirm: check.needsConfirm };
  if (check.lastAttempt) return { tone: 'warn', text: 'This is the last attempt: tell them it is your last message.' };
  return null;
}

/**
 * The touch form's state. It checks with the same `checkTouch` the background runs, so the rep
 * sees why before sending; the background still decides, and its refusal is shown as it says it.
 */
export function useTouchForm(lead: Pick<Lead, 'id' | 'platform'>, cadence: LeadCadence) {
  const { now } = cadence;
  // One channel at a time (issue #15): the form offers the person's channel not used last.
  const [draft, setDraft] = useState<TouchDraft>(() => blank(lead, new Date(), cadence.channel));
  const [after, setAfter] = useState<Notice | null>(null);
  const [sending, setSending] = useState(false);
  const at = draftTime(draft, now);
  const check = at ? checkTouch(cadence.policy, cadence.touches, { at }, now, { restartedAt: cadence.since }) : null;

  const change = (patch: Partial<TouchDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setAfter(null);
  };
  const submit = async (confirmEarly: boolean) => {
    // Too soon: the notice already offers "Log anyway"; Enter alone must not skip the question.
    if (check && !check.ok && check.needsConfirm && !confirmEarly) return;
    setSending(true);
    try {
      const { touch, cadence: next } = await call('touch.log', {
        leadId: lead.id,
        channel: draft.channel,
        // "Now" is the background's now: the popup's clock may have moved since it opened.
        at: draft.when === 'now' || !at ? undefined : at.toISOString(),
        note: draft.note,
        valueProp: draft.valueProp,
        outcome: draft.outcome,
        confirmEarly,
      });
      setDraft(blank(lead, new Date(), suggestChannel([...cadence.touches, touch], cadence.platforms)));
      const last = touch.lastAttempt ? ' That was the last attempt.' : '';
      setAfter({ tone: 'ok', text: `Touch logged: ${next.touchesUsed} of ${next.touchesMax}.${last}` });
    } catch (e) {
      setAfter({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setSending(false);
    }
  };
  return {
    draft,
    change,
    submit: (confirmEarly: boolean) => void submit(confirmEarly),
    sending,
    notice: after ?? precheck(check),
    used: usedValueProps(cadence.touches),
    repeat: findUsedValueProp(cadence.touches, draft.valueProp),
  };
}
