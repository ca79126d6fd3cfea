import { expect, test } from 'vitest';
import { safeProfileUrl } from './profile-url';

test.each([
  ['https://x.com/XDevelopers', 'https://x.com/XDevelopers'],
  ['https://twitter.com/jack', 'https://twitter.com/jack'],
  ['https://www.linkedin.com/in/ana-silva-dev/', 'https://www.linkedin.com/in/ana-silva-dev/'],
])('%s is shown', (url, shown) => {
  expect(safeProfileUrl(url)).toBe(shown);
});

// The forms an attack-and-fault review saw a forged capture store (issue #13), and their cousins.
test.each([
  'https://evil.example/phish',
  'https://x.com@evil.example/',
  'https://x.com.evil.example/',
  'https://evil.example/?u=https://x.com/',
  'http://x.com/XDevelopers',
  'https://user:pass@x.com/XDevelopers',
  'https://x.com:8443/XDevelopers',
  'https://linkedin.com.evil.example/in/a',
  'javascript:alert(1)//https://x.com/',
  'data:text/html,<script>alert(1)</script>',
  '//x.com/XDevelopers',
  '',
])('%s is not a link', (url) => {
  expect(safeProfileUrl(url)).toBeNull();
});
