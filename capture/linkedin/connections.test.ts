import { expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { parseConnectionsCsv } from './connections';

test('Connections.csv: the header after the Notes lines, slugs lower-cased, a row without URL counted', () => {
  // Read off the hand-built file: 4 rows, Cy has no URL; "not a date" is left out.
  expect(parseConnectionsCsv(fixtureText('exports/Connections.hand-built.csv'))).toEqual({
    connections: [
      { slug: 'ana-silva-dev', name: 'Ana Silva', connectedAt: '2024-03-15T00:00:00.000Z' },
      { slug: 'bo-lind', name: 'Bo Lind', connectedAt: '2025-01-02T00:00:00.000Z' },
      { slug: 'tomás-álvarez', name: 'Tomás Álvarez' },
    ],
    skipped: { no_profile_url: 1 },
  });
});

test('a file with no Connections header is not one', () => {
  expect(parseConnectionsCsv('Notes:\nsomething else\nName,Email\n')).toBeNull();
  expect(parseConnectionsCsv('')).toBeNull();
});

test('an older export without a URL column keys nobody and says so', () => {
  const csv = 'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Silva,,Contoso,Eng,15 Mar 2024\n';
  expect(parseConnectionsCsv(csv)).toEqual({ connections: [], skipped: { no_profile_url: 1 } });
});
