/**
 * The article in a page, via Mozilla Readability: the only importer of @mozilla/readability.
 * Readability's parse() rewrites the document it is given, so it always runs on a deep clone; the
 * reader's page is only read (by the isProbablyReaderable gate), never changed.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractMetadata } from '@/utils/article-metadata';
import { joinParagraphs, paragraphsFromNode } from '@/utils/article-text';
import type { ExtractFailure, ExtractResult } from '@/utils/types';

export interface ExtractOptions {
  /** Pages whose text is longer than this are refused as too large (default 2,000,000). */
  maxChars?: number;
  /** Pages whose elements nest deeper than this are refused (default 300). */
  maxDepth?: number;
}

const DEFAULT_MAX_CHARS = 2_000_000;
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

const NOT_ARTICLE: ExtractFailure = {
  ok: false,
  reason: 'not-article',
  message: "This page doesn't look like an article: Verbatim found no main text to read. Open a single news story and try again.",
};

/** Extracts the article of `doc` (the page at `url`). Never throws: failures come back as results. */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractResult {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  try {
    if (!doc?.documentElement) return unreadable();
    const size = (doc.body ?? doc.documentElement).textContent?.length ?? 0;
    if (size > maxChars) {
      return {
        ok: false,
        reason: 'too-large',
        message: `This page is too large to read as an article: Verbatim reads pages of up to ${maxChars.toLocaleString('en-US')} characters of text, and this one has ${size.toLocaleString('en-US')}.`,
      };
    }
    const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (nestsDeeperThan(doc.documentElement, maxDepth)) {
      return {
        ok: false,
        reason: 'too-large',
        message: `This page's markup is nested too deeply to read as an article: Verbatim reads pages whose elements nest up to ${maxDepth.toLocaleString('en-US')} levels deep.`,
      };
    }
    const readerable = isProbablyReaderable(doc);
    // serializer: keep the content as a DOM subtree of the clone instead of an HTML string, so the
    // text is read from nodes of the same implementation without parsing markup a second time.
    const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse();
    if (!parsed?.content) return NOT_ARTICLE;
    const metadata = extractMetadata(doc, url, parsed);
    const { text, paragraphs } = joinParagraphs(dropLeadingFurniture(paragraphsFromNode(parsed.content), metadata.byline));
    if (!readerable && !readsLikeProse(parsed.content, text, paragraphs.length)) return NOT_ARTICLE;
    if (text === '') {
      return { ok: false, reason: 'empty', message: 'This page looks like an article, but Verbatim found no text in it.' };
    }
    return { ok: true, article: { ...metadata, text, paragraphs } };
  } catch {
    return unreadable();
  }
}

/**
 * Readability alone on a clone of `doc`, default options: the baseline the benchmark (bin/bench.ts)
 * holds extractArticle against. Lives here so this file stays the only importer of Readability.
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
 * True when some element sits more than `limit` levels below `root`. An iterative walk over
 * element links, stopping at the first element past the limit: no recursion to overflow the stack
 * on the very pages it exists to catch, and no list of the page's elements.
 */
function nestsDeeperThan(root: Element, limit: number): boolean {
  let node: Element | null = root;
  let depth = 0;
  while (node) {
    if (depth > limit) return true;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node !== root && !node.nextElementSibling) {
      node = node.parentElement!;
      depth--;
    }
    if (node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}

function readsLikeProse(content: Node, text: string, paragraphCount: number): boolean {
  if (paragraphCount < MIN_PARAGRAPHS || text.length < MIN_CHARS) return false;
  const links = Array.from((content as Element).querySelectorAll?.('a') ?? []);
  const linkChars = links.reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linkChars / text.length <= MAX_LINK_SHARE;
}

function unreadable(): ExtractFailure {
  return { ok: false, reason: 'unreadable', message: 'Verbatim could not read this page as a document.' };
}
