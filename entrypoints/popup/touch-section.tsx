import { VALUE_PROP_STARTERS } from '@/cadence';
import { TouchForm } from '@/components/popup/touch-form';
import type { Lead } from '@/model';
import { CHANNELS } from './labels';
import type { LeadCadence } from './use-lead-cadence';
import { useTouchForm } from './use-touch-form';

/** The touch form wired to its state; keyed by lead so a draft never follows another lead. */
export function TouchSection({ lead, cadence }: { lead: Lead; cadence: LeadCadence }) {
  const form = useTouchForm(lead, cadence);
  return (
    <TouchForm
      draft={form.draft}
      onChange={form.change}
      channels={CHANNELS}
      starters={VALUE_PROP_STARTERS}
      used={form.used}
      repeat={form.repeat}
      notice={form.notice}
      sending={form.sending}
      onSubmit={form.submit}
      autoFocus
    />
  );
}
