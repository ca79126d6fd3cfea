/** How warm a lead is: the rep's own choice on a lead, triage's suggestion beside it. */
export const TEMPERATURES = ['hot', 'warm', 'cold'] as const;
export type Temperature = (typeof TEMPERATURES)[number];
