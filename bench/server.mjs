// A local HTTPS server for the sections that must not go through Playwright routing (its round
// trip to node per request would swamp sub-millisecond figures): self-signed, made with openssl.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// bench/.tmp, as lib.mjs's TMP (not imported from there: lib.mjs re-exports this file).
const TMP = join(dirname(fileURLToPath(import.meta.url)), '.tmp');

/** A local HTTPS server (self-signed, made with openssl into bench/.tmp) answering `handler(url)`. */
export async function localServer(handler) {
  const { createServer } = await import('node:https');
  const { execFileSync } = await import('node:child_process');
  await mkdir(TMP, { recursive: true });
  const key = join(TMP, 'key.pem');
  const cert = join(TMP, 'cert.pem');
  if (!(await stat(cert).catch(() => null)))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '30',
        '-subj',
        '/CN=x.com',
      ],
      { stdio: 'ignore' },
    );
  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, (req, res) => {
    const r = handler(new URL(req.url, `https://${req.headers.host}`));
    if (!r) {
      res.writeHead(404).end('not routed in the bench');
      return;
    }
    res.writeHead(r.status ?? 200, { 'content-type': r.contentType ?? 'text/html', 'cache-control': 'no-store' });
    res.end(r.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}
