import type { Channel, Lead } from '@/model';

export const CHANNELS: readonly { value: Channel; label: string }[] = [
  { value: 'x_dm', label: 'X DM' },
  { value: 'linkedin_message', label: 'LinkedIn message' },
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'other', label: 'Other' },
];

export const channelLabel = (c: Channel) => CHANNELS.find((x) => x.value === c)?.label ?? c;

/** The channel a rep most likely used: the platform the lead came from. */
export const defaultChannel = (platform: Lead['platform']): Channel => (platform === 'x' ? 'x_dm' : 'linkedin_message');

export const platformLabel = (platform: Lead['platform']) => (platform === 'x' ? 'X' : 'LinkedIn');

type Who = Pick<Lead, 'platform' | 'handle' | 'displayName' | 'id'>;

export const handleLabel = (p: Pick<Lead, 'platform' | 'handle'>) =>
  p.handle ? (p.platform === 'x' ? `@${p.handle}` : `in/${p.handle}`) : '';

export const nameOf = (p: Who) => p.displayName || handleLabel(p) || p.id;
