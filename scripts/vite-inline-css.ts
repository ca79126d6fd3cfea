import type { Plugin } from 'vite';

/**
 * Puts the stylesheets of the named pages into the page itself, as `<style>`: a module script waits
 * for the stylesheets before it, and fetching two small ones from the extension's files held the
 * popup's first rows back by about 15 ms of its ~60 ms open (issue #17, measured 2026-12-04). MV3's
 * extension CSP restricts scripts, not styles. The CSS files stay in the build for other pages.
 */
export function inlineCss(pages: readonly string[]): Plugin {
  const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;
  return {
    name: 'touchline:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !pages.some((page) => ctx.path.endsWith(`/${page}/index.html`))) return html;
        const bundle = ctx.bundle;
        return html.replace(LINK, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return link;
          // An asset's source may be bytes as well as text.
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // `</` cannot occur in Vite's minified CSS outside strings; refused anyway, so a style
          // element can never be closed early.
          return css.includes('</') ? link : `<style>${css}</style>`;
        });
      },
    },
  };
}
