// The one way tests read a fixture: a path under test/fixtures/ (real captures under real/, see
// real/SOURCES.md; hand-built ones say so on their first line). Paths are resolved from the
// repository root, Vitest's working directory, because under jsdom `import.meta.url` is not a file URL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixturePath = (path: string): string => resolve('test/fixtures', path);
export const fixtureText = (path: string): string => readFileSync(fixturePath(path), 'utf8');
export const fixtureJson = (path: string): unknown => JSON.parse(fixtureText(path));
