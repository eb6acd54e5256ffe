/**
 * Where a page's article is extracted: in the page (the content script runs Readability on a clone
 * of the live document) or in the background (the content script only hands over the markup, which
 * the browser's own DOMParser reads outside the page: entrypoints/background/markup-extraction).
 *
 * In the page is the default: on a check it runs while the background loads the library, in
 * another process, and the other path adds a message of the page's size and, in Chrome, an
 * offscreen document's start (50-110 ms). But it runs on the page's main thread, so
 * on a very large page the reader's page freezes for hundreds of milliseconds. Such a page pays only
 * the serialization (`outerHTML`: ~15 ms for 1 MB of text) and the report comes a little later.
 */

import { DEFAULT_MAX_CHARS } from '@/utils/article/extract-article';

export interface PageSize {
  /** Elements in the document (`getElementsByTagName('*').length`: no list built, ~0.3 ms at 5,000). */
  elements: number;
  /** Characters of text in the body (what extraction's own size limit counts; ~6 ms at 1 MB). */
  textChars: number;
}

export type PageReader = 'page' | 'background';

// In-page extraction time in Chromium, fitted by least squares over the 130 Readability test pages
// and generated pages of 20 kB to 1 MB of text (2-core machine, shared with other jobs at the time;
// quiet, the same pages take about half): ~30 ms + 0.027 ms per element + 0.095 ms per 1,000
// characters. Both terms matter: a menu-heavy page of 60 kB of text and 1,400 elements took 75 ms,
// a 200 kB page of plain paragraphs (1,000 elements) 96 ms. A loaded machine is the case to plan for.
const BASE_MS = 30;
const MS_PER_ELEMENT = 0.027;
const MS_PER_CHAR = 0.095 / 1000;
// The content script's whole budget on a page is 150 ms, and the largest pages also spend up to
// ~100 ms highlighting their quotes: extraction expected to take longer than this moves out of the
// page. An ordinary article (5-50 kB of text, a few hundred to 2,000 elements) stays well below it,
// and so does a 100 kB long read (~55 ms).
const IN_PAGE_LIMIT_MS = 100;
// Blink serializes markup recursively: a 20,000-deep tree took 23 ms, a 100,000-deep one crashed
// the tab. Extraction refuses pages nesting deeper than 300 levels anyway (extract-article's
// maxDepth), and in the page it does so after a walk that stops at the first element past it, so
// such a page keeps the in-page path and the same refusal.
const MAX_SERIALIZED_DEPTH = 1_000;

/** The expected in-page extraction time of a page of this size, in ms (on this project's test machine). */
export function estimateExtractMs(size: PageSize): number {
  return BASE_MS + size.elements * MS_PER_ELEMENT + size.textChars * MS_PER_CHAR;
}

/** The size measures of `doc`, both read without walking the page in script. */
export function measurePageSize(doc: Document): PageSize {
  return { elements: doc.getElementsByTagName('*').length, textChars: doc.body?.textContent?.length ?? 0 };
}

/** Where to extract `doc`: in the page unless it is an HTML page too large to extract there quickly. */
export function choosePageReader(doc: Document): PageReader {
  const root = doc.documentElement;
  // An XML or SVG document would not survive a round trip through the HTML parser.
  if (root?.localName !== 'html' || !doc.body) return 'page';
  const size = measurePageSize(doc);
  if (estimateExtractMs(size) <= IN_PAGE_LIMIT_MS) return 'page';
  // Past extraction's size limit the page is refused at once, in the page: its markup (megabytes)
  // need not travel to the background only to be refused there.
  if (size.textChars > DEFAULT_MAX_CHARS) return 'page';
  return nestsDeeperThan(root, MAX_SERIALIZED_DEPTH) ? 'page' : 'background';
}

/** Whether some element sits more than `limit` levels below `root`: an iterative walk that stops there. */
function nestsDeeperThan(root: Element, limit: number): boolean {
  let node: Element = root;
  let depth = 0;
  for (;;) {
    if (depth > limit) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node !== root && !node.nextElementSibling) {
      node = node.parentElement!;
      depth--;
    }
    if (node === root) return false;
    node = node.nextElementSibling!;
  }
}
