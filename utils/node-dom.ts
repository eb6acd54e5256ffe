/**
 * A DOM for Node (CLI, tests): the only importer of linkedom. Browsers hand the engine their own
 * document; everything Node-side builds one here so linkedom's quirks stay in this file.
 */
import { DOMParser } from 'linkedom';

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
