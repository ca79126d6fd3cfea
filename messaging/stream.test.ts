import { expect, test } from 'vitest';
import { partWriter } from './stream';

const cut = (pieces: string[], max: number) => {
  const parts: string[] = [];
  const out = partWriter((p) => parts.push(p), max);
  for (const piece of pieces) out.write(piece);
  out.flush();
  return parts;
};

test('small pieces are joined and large ones cut, into parts of at most max characters, in order', () => {
  expect(cut(['ab', 'c', 'defgh', '', 'i'], 3)).toEqual(['abc', 'def', 'ghi']);
  expect(cut(['0123456789'], 4)).toEqual(['0123', '4567', '89']);
});

test('nothing written is nothing sent; a flush after a full part sends no empty part', () => {
  expect(cut([], 3)).toEqual([]);
  expect(cut(['abc'], 3)).toEqual(['abc']);
});
