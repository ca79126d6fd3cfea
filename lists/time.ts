// Instants, not strings: ISO times with and without fractional seconds do not sort as text.
export const instant = (iso: string): number => Date.parse(iso);
