/**
 * Article text as Verbatim stores it: one plain string of paragraphs joined by '\n\n', plus each
 * paragraph's span. Quote offsets point into this string, so every source (extracted HTML, .txt,
 * .json) goes through the same joining here.
 */
import type { Article, Span } from '@/utils/types';

export interface ArticleText {
  text: string;
  paragraphs: Span[];
}

const PARAGRAPH_SEPARATOR = '\n\n';

// Elements that end one paragraph and start another. Besides the paragraph-like blocks (p, li,
// blockquote, headings, pre, figcaption) the containers count too, so text a page leaves loose in
// a <div> or <td> is kept as its own paragraph instead of being glued to its neighbour.
const BLOCK_TAGS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'FIGCAPTION',
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'UL', 'OL', 'DL',
  'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'HR', 'BR',
  'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Joins paragraph strings (already clean, none empty) into text and spans. */
export function joinParagraphs(paragraphs: string[]): ArticleText {
  const spans: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: spans };
}

/**
 * Paragraphs of an extracted content subtree (Readability's article element). Whitespace inside a
 * paragraph collapses to single spaces, as a browser renders it; empty paragraphs are dropped.
 */
export function paragraphsFromNode(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = buffer.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    buffer = '';
  };
  // Iterative walk: Readability output can nest deeply and recursion would risk the stack.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (isBlock) flush();
      continue;
    }
    if (isBlock) flush();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  return paragraphs;
}

/**
 * Spans of the non-blank lines of `text`, offsets unchanged: for corpora whose gold offsets point
 * into the raw text (evaluation), where `articleTextFromLines` would trim and re-join.
 */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** Paragraphs of plain text: one per line, lines trimmed, blank lines ignored. */
export function articleTextFromLines(text: string): ArticleText {
  return joinParagraphs(text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== ''));
}

// The seed articles open with "date YYYY-MM-DD " before the first sentence, on the same line.
const DATE_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

/**
 * An article from a .txt file: paragraphs by line, and the publication date when the text opens
 * with a `date YYYY-MM-DD` prefix (which is removed from the text). Title, outlet and url are left
 * empty for the caller, who knows the file.
 */
export function articleFromPlainText(text: string): Article {
  const prefix = DATE_PREFIX.exec(text);
  const body = prefix ? text.slice(prefix[0].length) : text;
  return {
    url: '',
    outlet: '',
    title: '',
    date: prefix ? prefix[1] : null,
    byline: null,
    lang: null,
    ...articleTextFromLines(body),
  };
}
