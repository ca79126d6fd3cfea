import { z } from 'zod';
import { isoTime } from './time';

/** One outreach touch a rep logged against a lead's cadence. */

export const CHANNELS = ['x_dm', 'linkedin_message', 'email', 'phone', 'other'] as const;
export const OUTCOMES = ['no_reply', 'replied', 'bounced'] as const;

export const touchSchema = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  channel: z.enum(CHANNELS),
  at: isoTime,
  note: z.string(),
  valueProp: z.string(),
  outcome: z.enum(OUTCOMES),
  lastAttempt: z.boolean(),
});

export type Channel = (typeof CHANNELS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Touch = z.infer<typeof touchSchema>;
