/**
 * A DOM built from markup, outside any browser document: the only importer of linkedom. Used by
 * the CLI and tests in Node only. The extension always gets the browser's own DOM: a very large
 * page's markup is parsed by DOMParser in Chrome's offscreen document or Firefox's background
 * (entrypoints/background/markup-extraction), so nothing the extension bundles imports this file. linkedom's
 * quirks stay here. Pure JavaScript, no Node API.
 */
// linkedom's worker build: the same code bundled with its canvas shim. The main entry requires the
// optional `canvas` package inside a try, which a bundler turns into an error thrown at start-up:
// a bundle importing this would die on load (none does; kept so one still could).
import { DOMParser } from 'linkedom/worker';

// linkedom makes the first element the root when the markup has no <html> tag (a bare
// "<title>…<p>…" becomes a <title> root), and Readability needs a real <html> with a <body>.
const HAS_HTML_TAG = /<html[\s>]/i;

/** Parses a whole page (or a fragment) into a Document whose URL and base URI are `url`. */
export function parseHtml(html: string, url: string): Document {
  const source = HAS_HTML_TAG.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let doc = parse(source);
  if (doc.documentElement?.tagName !== 'HTML') {
    doc = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  }
  setLocation(doc, url);
  return doc;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * linkedom has no URL, documentURI or resolved baseURI (it returns the raw <base href>), and a
 * clone loses whatever we set. Readability resolves links against `baseURI`, so we give the
 * document a browser-like location and make clones inherit it.
 */
function setLocation(doc: Document, url: string): void {
  const base = resolveBase(doc.querySelector('base[href]')?.getAttribute('href') ?? null, url);
  const define = (target: Document) => {
    for (const [key, value] of [['URL', url], ['documentURI', url], ['baseURI', base]] as const) {
      Object.defineProperty(target, key, { value, configurable: true });
    }
  };
  define(doc);
  const cloneNode = doc.cloneNode.bind(doc);
  Object.defineProperty(doc, 'cloneNode', {
    configurable: true,
    value: (deep?: boolean) => {
      const clone = cloneNode(deep) as Document;
      define(clone);
      return clone;
    },
  });
}

function resolveBase(href: string | null, url: string): string {
  try {
    return new URL(href ?? '', url || undefined).href;
  } catch {
    return url;
  }
}
