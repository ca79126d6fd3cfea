import { expect, test } from 'vitest';
import { lead, signal } from '@/test/factories';
import { newLeadText } from './notice-text';

test('names the person by handle, in Touchline’s words', () => {
  expect(newLeadText(lead({ platform: 'x', handle: 'ada_example' }))).toBe('@ada_example followed you on X');
  const viewer = lead({
    id: 'linkedin:dana-reyes-42',
    platform: 'linkedin',
    handle: 'dana-reyes-42',
    signals: [signal({ kind: 'viewed_profile', source: 'linkedin.profile_views' })],
  });
  expect(newLeadText(viewer)).toBe('dana-reyes-42 viewed your profile on LinkedIn');
});

test.each([
  // A display name never appears, however it is crafted.
  [
    { displayName: 'Security alert: your X session expired. Re-login at x-com-verify.example', handle: 'bot' },
    '@bot followed you on X',
  ],
  // A handle cannot carry a host name or a URL: dots, slashes and colons go.
  [{ handle: 'x-com-verify.example/login' }, '@x-com-verifyexamplelogin followed you on X'],
  [{ handle: 'a'.repeat(200) }, `@${'a'.repeat(40)} followed you on X`],
  [{ handle: '\u202Eevil\u200B' }, '@evil followed you on X'],
  [{ handle: null }, 'Someone followed you on X'],
])('%o → %s', (fields, text) => {
  expect(newLeadText(lead({ platform: 'x', ...fields }))).toBe(text);
});
