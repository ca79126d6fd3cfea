import { expect, test } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { inlineCss } from './vite-inline-css';

const HTML =
  '<head><script type="module" src="/chunks/popup.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/base.css">' +
  '<link rel="stylesheet" crossorigin href="/assets/popup.css"></head>';
const asset = (source: string) => ({ type: 'asset', source });

function run(path: string, bundle: Record<string, unknown>): string {
  const hook = inlineCss(['popup']).transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return hook.handler(HTML, { path, filename: path, bundle } as unknown as IndexHtmlTransformContext);
}

test("the popup's stylesheets become style elements in its page, in their order", () => {
  const out = run('/entrypoints/popup/index.html', {
    'assets/base.css': asset(':root{--bg:#fff}'),
    // Vite may hand an asset over as bytes.
    'assets/popup.css': { type: 'asset', source: new TextEncoder().encode('.snapshot{position:fixed}') },
  });
  expect(out).toBe(
    '<head><script type="module" src="/chunks/popup.js"></script>' +
      '<style>:root{--bg:#fff}</style><style>.snapshot{position:fixed}</style></head>',
  );
});

test('other pages keep their stylesheet files', () => {
  const bundle = { 'assets/base.css': asset('a{}'), 'assets/popup.css': asset('b{}') };
  expect(run('/entrypoints/dashboard/index.html', bundle)).toBe(HTML);
});

test('a stylesheet that could close the style element early, or is not in the bundle, stays a link', () => {
  const out = run('/entrypoints/popup/index.html', {
    'assets/base.css': asset('a::after{content:"</style><script>alert(1)</script>"}'),
  });
  expect(out).toBe(HTML);
});
