/**
 * Where a page's article is extracted: in the page (the content script runs Readability on a clone
 * of the live document) or in the background (the content script only hands over the markup, which
 * the browser's own DOMParser reads outside the page: entrypoints/background/markup-extraction).
 *
 * In the page is the default (it runs while the background loads the library); a very large page
 * would freeze the reader's page, so it only serializes its markup. Why and the figures:
 * docs/DESIGN.md, "Very large pages are extracted outside the page".
 */

import { DEFAULT_MAX_CHARS } from '@/utils/article/extract-article';

export interface PageSize {
  /** Elements in the document (`getElementsByTagName('*').length`: no list is built). */
  elements: number;
  /** Characters of text in the body (what extraction's own size limit counts). */
  textChars: number;
}

export type PageReader = 'page' | 'background';

// In-page extraction time in Chromium, fitted over real and generated pages (docs/DESIGN.md,
// "Very large pages are extracted outside the page"): a base plus per element plus per character.
const BASE_MS = 30;
const MS_PER_ELEMENT = 0.027;
const MS_PER_CHAR = 0.095 / 1000;
// The content script's budget is 150 ms and the largest pages spend up to 100 ms highlighting.
const IN_PAGE_LIMIT_MS = 100;
// Blink serializes markup recursively (a very deep tree can crash the tab); extraction refuses
// pages past 300 levels anyway, so such a page keeps the in-page path and the same refusal.
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
