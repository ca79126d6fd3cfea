/** The line over New that says how many leads triage calls likely false (shown or hidden). */
export const falseCountText = (likelyFalse: number, hide: boolean): string =>
  hide ? `${likelyFalse} hidden as likely false` : `${likelyFalse} likely false · x marks one`;
