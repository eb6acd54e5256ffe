/**
 * The article in a page, via Mozilla Readability: the only importer of @mozilla/readability.
 * Readability's parse() rewrites the document it is given, so it always runs on a deep clone: the
 * only copy of the page extraction makes. The reader's page is only read, never changed.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractMetadata } from '@/utils/article/article-metadata';
import { joinParagraphs, paragraphsFromNode } from '@/utils/article/article-text';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';
import type { ExtractFailure, ExtractResult } from '@/utils/types';

export interface ExtractOptions {
  /** Pages whose text is longer than this are refused as too large (default 2,000,000). */
  maxChars?: number;
  /** Pages whose elements nest deeper than this are refused (default 300). */
  maxDepth?: number;
  /**
   * Remove inline event-handler attributes (onclick=…) from the clone before Readability reads it
   * (default false). The content script needs this on pages with a CSP (see entrypoints/content.ts);
   * done here, on the clone extraction makes anyway, so the page is copied once, not twice.
   */
  stripInlineHandlers?: boolean;
  /** The words of a refusal, which the reader sees (default English: the CLI's, and the tests'). */
  t?: Translate;
}

/** Pages with more text than this are refused as too large (unless `maxChars` says otherwise). */
export const DEFAULT_MAX_CHARS = 2_000_000;
// Readability's time grows about as depth^2.4 (on linkedom, 2 loaded cores: depth 100 0.5 s,
// 200 1.1 s, 300 2.1 s, 400 6.2 s; 5,000 never ends). Real articles nest 20-40 levels deep (the
// 130 readability test pages: at most 37), so 300 refuses only markup no article needs.
const DEFAULT_MAX_DEPTH = 300;

// When the cheap gate says "not an article" we still parse, and keep the result only if it reads
// like prose: enough paragraphs and characters, and mostly not link text (an index of links can be
// long but is not an article).
const MIN_PARAGRAPHS = 3;
const MIN_CHARS = 500;
const MAX_LINK_SHARE = 0.5;

const notArticle = (t: Translate): ExtractFailure => ({ ok: false, reason: 'not-article', message: t('pageNotArticle') });

/** Extracts the article of `doc` (the page at `url`). Never throws: failures come back as results. */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractResult {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const t = opts.t ?? ENGLISH;
  try {
    if (!doc?.documentElement) return unreadable(t);
    const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
    const shape = measurePage(doc, maxDepth);
    // A page too deep is walked only to the first element past the bound; its size, which decides
    // first, then comes from textContent (the rare path).
    const size = shape.tooDeep ? ((doc.body ?? doc.documentElement).textContent?.length ?? 0) : shape.chars;
    if (size > maxChars) {
      return {
        ok: false,
        reason: 'too-large',
        message: t('pageTooLarge', maxChars, size),
      };
    }
    if (shape.tooDeep) {
      return {
        ok: false,
        reason: 'too-large',
        message: t('pageTooDeep', maxDepth),
      };
    }
    const clone = doc.cloneNode(true) as Document;
    if (opts.stripInlineHandlers && clone.documentElement) removeInlineHandlers(clone.documentElement);
    // serializer: keep the content as a DOM subtree of the clone instead of an HTML string, so the
    // text is read from nodes of the same implementation without parsing markup a second time.
    // keepClasses: skips Readability's last walk that strips class attributes; only text is read.
    const parsed = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true }).parse();
    if (!parsed?.content) return notArticle(t);
    const metadata = extractMetadata(doc, url, parsed);
    const { text, paragraphs } = joinParagraphs(dropLeadingFurniture(paragraphsFromNode(parsed.content), metadata.byline));
    // Kept only if it reads like prose or the page passes Readability's own gate. The gate reads
    // the whole page, so it runs only when the cheap prose test fails (the original page is
    // untouched: Readability worked on the clone).
    if (!readsLikeProse(parsed.content, text, paragraphs.length) && !isProbablyReaderable(doc)) return notArticle(t);
    if (text === '') {
      return { ok: false, reason: 'empty', message: t('pageEmpty') };
    }
    return { ok: true, article: { ...metadata, text, paragraphs } };
  } catch {
    return unreadable(t);
  }
}

/**
 * Readability alone on a clone of `doc`, default options: the baseline the benchmark
 * (bin/bench/bench-pages.ts) holds extractArticle against. Like for like: both sides copy the page once
 * (Readability rewrites the document it reads, so anyone running it on a page they keep must copy
 * it), and this side's output is Readability's own (an HTML string). Lives here so this file stays
 * the only importer of Readability.
 */
export function readabilityAlone(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

// Readability keeps the byline and "Published on …" lines when they sit inside the article
// element. They are not the story's text (and a byline could be mistaken for a speaker), so short
// lines of that kind are dropped from the top of the article.
const MAX_FURNITURE_CHARS = 80;
const LEADING_LINES_CHECKED = 3;
const BYLINE_LINE = /^(by|von|par|por|di|door|av)\s/i;
const DATE_LINE = /\b(19|20)\d{2}\b/;

function dropLeadingFurniture(paragraphs: string[], byline: string | null): string[] {
  const isFurniture = (p: string) =>
    p.length <= MAX_FURNITURE_CHARS &&
    !/[.!?"”]$/.test(p) &&
    (BYLINE_LINE.test(p) || (!!byline && p.includes(byline)) || DATE_LINE.test(p));
  let skip = 0;
  while (skip < Math.min(LEADING_LINES_CHECKED, paragraphs.length - 1) && isFurniture(paragraphs[skip])) skip++;
  return paragraphs.slice(skip);
}

/**
 * Removes every on* attribute under `root` (inclusive). An iterative walk over element links, like
 * measurePage: no list of the page's elements, no array of names per element.
 */
function removeInlineHandlers(root: Element): void {
  let node: Element | null = root;
  while (node) {
    const attrs = node.attributes;
    for (let i = attrs.length - 1; i >= 0; i--) {
      const name = attrs[i].name;
      if (name.startsWith('on')) node.removeAttribute(name);
    }
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node !== root && !node.nextElementSibling) node = node.parentElement!;
    if (node === root) return;
    node = node.nextElementSibling;
  }
}

/**
 * One walk for both bounds: whether some element sits more than `limit` levels below <html>, and
 * the length of the body's text (what `body.textContent.length` gives, without building the
 * string). Iterative over node links, stopping at the first element past the limit: no recursion
 * to overflow the stack on the very pages it exists to catch, and no list of the page's nodes.
 */
function measurePage(doc: Document, limit: number): { tooDeep: boolean; chars: number } {
  const root = doc.documentElement;
  const body = doc.body ?? root;
  let chars = 0;
  let inBody = body === root;
  const leave = (n: Node) => {
    if (n === body && body !== root) inBody = false;
  };
  let node: Node = root;
  let depth = 0;
  for (;;) {
    if (node.nodeType === 1) {
      if (depth > limit) return { tooDeep: true, chars };
      if (node === body) inBody = true;
      if (node.firstChild) {
        node = node.firstChild;
        depth++;
        continue;
      }
    } else if (node.nodeType === 3 && inBody) {
      chars += (node as Text).data.length;
    }
    leave(node);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      depth--;
      leave(node);
    }
    if (node === root) return { tooDeep: false, chars };
    node = node.nextSibling!;
  }
}

function readsLikeProse(content: Node, text: string, paragraphCount: number): boolean {
  if (paragraphCount < MIN_PARAGRAPHS || text.length < MIN_CHARS) return false;
  const links = Array.from((content as Element).querySelectorAll?.('a') ?? []);
  const linkChars = links.reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linkChars / text.length <= MAX_LINK_SHARE;
}

function unreadable(t: Translate): ExtractFailure {
  return { ok: false, reason: 'unreadable', message: t('pageUnreadable') };
}
