/**
 * A profile link Touchline will show: https on the sites it reads, nothing else. Stored URLs came
 * from pages Touchline does not control (issue #13): `https://evil.example/`, `https://x.com@evil.example/`
 * (the host is evil.example), `https://x.com.evil.example/`, a user name or a port are all refused.
 */
export function safeProfileUrl(url: string): string | null {
  try {
    const u = new URL(url);
    const site = /^(x\.com|twitter\.com|www\.linkedin\.com)$/.test(u.hostname);
    const plain = u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '';
    return site && plain ? u.href : null;
  } catch {
    return null;
  }
}
