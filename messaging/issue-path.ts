/** `leads[3].stage` from a zod issue path: the first bad path is what a user needs to find. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the file)';
}
