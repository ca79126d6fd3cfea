/** A refusal the user can act on; its message is shown as is. */
export class Refused extends Error {}
