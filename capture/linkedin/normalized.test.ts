import { describe, expect, test } from 'vitest';
import { indexIncluded, resolve } from './normalized';

describe('resolve (§0)', () => {
  test('follows *field and *elements through included[], keeps the reference key', () => {
    const json = {
      data: { '*elements': ['urn:a', 'urn:missing'], paging: { total: 2 } },
      included: [
        { entityUrn: 'urn:a', name: 'A', '*friend': 'urn:b' },
        { entityUrn: 'urn:b', name: 'B' },
        { name: 'no urn' },
        { entityUrn: 'urn:a', name: 'duplicate, ignored' },
      ],
    };
    expect(resolve(json)).toEqual({
      data: {
        '*elements': ['urn:a', 'urn:missing'],
        paging: { total: 2 },
        // A URN missing from included[] stays a string, for the caller to count.
        elements: [
          { entityUrn: 'urn:a', name: 'A', '*friend': 'urn:b', friend: { entityUrn: 'urn:b', name: 'B' } },
          'urn:missing',
        ],
      },
    });
    expect([...indexIncluded(json).keys()]).toEqual(['urn:a', 'urn:b']);
  });

  test('a nested value already under the plain key wins', () => {
    const json = { data: { '*x': 'urn:a', x: { inline: true } }, included: [{ entityUrn: 'urn:a' }] };
    expect(resolve(json)).toEqual({ data: { '*x': 'urn:a', x: { inline: true } } });
  });

  test('cycles stop at the URN being expanded', () => {
    const json = {
      data: { '*self': 'urn:a' },
      included: [
        { entityUrn: 'urn:a', '*next': 'urn:b' },
        { entityUrn: 'urn:b', '*next': 'urn:a' },
      ],
    };
    expect(resolve(json)).toEqual({
      data: {
        '*self': 'urn:a',
        self: { entityUrn: 'urn:a', '*next': 'urn:b', next: { entityUrn: 'urn:b', '*next': 'urn:a', next: 'urn:a' } },
      },
    });
  });

  test('fan-out and depth are bounded', () => {
    // 30 levels, each referencing the next twice: 2^30 nodes if unbounded.
    const included = Array.from({ length: 30 }, (_, i) => ({
      entityUrn: `urn:${i}`,
      '*l': `urn:${i + 1}`,
      '*r': `urn:${i + 1}`,
    }));
    const started = performance.now();
    expect(() => resolve({ data: { '*root': 'urn:0' }, included })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('a "__proto__" key stays data', () => {
    const json: unknown = JSON.parse('{"data":{"__proto__":{"polluted":true}}}');
    const view = resolve(json);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf((view as { data: object }).data)).toBe(Object.prototype);
  });

  test('non-objects pass through', () => {
    expect(resolve(null)).toBeNull();
    expect(resolve('x')).toBe('x');
    expect(resolve([1, { '*a': 'u' }])).toEqual([1, { '*a': 'u', a: 'u' }]);
  });
});
