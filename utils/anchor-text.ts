/**
 * Text ↔ DOM anchoring: finds a quote's words in the live page and returns DOM Ranges over them,
 * without touching the page. The quote text comes from Readability's clean text, so the page
 * differs only in markup (a quote split over <em> or <a>), whitespace and quote-mark style: we
 * fold those away on both sides, search the folded page string, and map hits back to
 * (text node, offset) through a per-character position table.
 *
 * Three tiers, cheapest and most precise first: folded exact; letters-and-digits only (survives
 * punctuation or spacing that differs between markup and clean text); and a fuzzy fallback that
 * anchors on the quote's first and last words when something in the middle differs.
 */
import { foldPunctuation } from '@/utils/normalize';

/** Elements whose text is never visible reading text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'IFRAME', 'OBJECT']);
/** Elements that end a line visually: their text must not glue to the neighbour's. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** The page's visible text under a root, folded for search, with a map back to the DOM. */
export interface TextIndex {
  /** Folded text: lowercase, ASCII quote marks and dashes, whitespace runs as one space. */
  folded: string;
  /** For each char of `folded`: index into `nodes` and offset in that node. */
  node: Int32Array;
  offset: Int32Array;
  nodes: Text[];
}

function isHidden(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  // Our own UI (overlay, hover card) is marked so it is never anchored into.
  if (el.hasAttribute('data-verbatim-ui') || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Walks the text nodes under `root` once and builds the folded search string. */
export function indexText(root: Element): TextIndex {
  const chars: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  const nodes: Text[] = [];
  let lastSpace = true; // no leading space
  const pushSpace = (n: number, o: number) => {
    if (lastSpace) return;
    chars.push(' ');
    node.push(n);
    offset.push(o);
    lastSpace = true;
  };
  const walk = (el: Node) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const n = nodes.push(text) - 1;
        const data = foldPunctuation(text.data);
        for (let i = 0; i < data.length; i++) {
          const c = data[i];
          if (/\s/.test(c)) {
            pushSpace(n, i);
            continue;
          }
          const lower = c.toLowerCase();
          // Keep the original when lowercasing changes the length: the map stays one to one.
          chars.push(lower.length === 1 ? lower : c);
          node.push(n);
          offset.push(i);
          lastSpace = false;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (isHidden(e)) continue;
        const block = BLOCKS.has(e.tagName.toUpperCase());
        if (block) pushSpace(Math.max(nodes.length - 1, 0), nodes.length ? nodes[nodes.length - 1].data.length : 0);
        walk(e);
        if (block) pushSpace(Math.max(nodes.length - 1, 0), nodes.length ? nodes[nodes.length - 1].data.length : 0);
      }
    }
  };
  walk(root);
  return { folded: chars.join(''), node: Int32Array.from(node), offset: Int32Array.from(offset), nodes };
}

/** The same folding as `indexText`, for a quote. */
export function foldForSearch(s: string): string {
  return foldPunctuation(s).replace(/\s+/g, ' ').trim().toLowerCase();
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Letters and digits only, with positions into the folded string they came from. */
function alnumOnly(s: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (ALNUM.test(s[i])) {
      text += s[i];
      at.push(i);
    }
  }
  return { text, at };
}

/** A hit as [start, end) in `TextIndex.folded`. */
type Hit = [number, number];

/** Finds `needle` in the index, preferring the first hit at or after `from`. */
export function findInIndex(index: TextIndex, needle: string, from = 0): Hit | null {
  const q = foldForSearch(needle);
  if (!q) return null;
  const exact = preferFrom((f) => index.folded.indexOf(q, f), from);
  if (exact >= 0) return [exact, exact + q.length];

  const page = alnumIndex(index);
  const qa = alnumOnly(q).text;
  if (qa.length < 4) return null; // too short to place reliably without its punctuation
  const fromA = lowerBound(page.at, from);
  const loose = preferFrom((f) => page.text.indexOf(qa, f), fromA);
  if (loose >= 0) return [page.at[loose], page.at[loose + qa.length - 1] + 1];
  return fuzzy(page, qa, fromA);
}

// The letters-only view is built at most once per index.
const alnumCache = new WeakMap<TextIndex, { text: string; at: number[] }>();
function alnumIndex(index: TextIndex) {
  let a = alnumCache.get(index);
  if (!a) alnumCache.set(index, (a = alnumOnly(index.folded)));
  return a;
}

function preferFrom(search: (from: number) => number, from: number): number {
  const after = search(from);
  return after >= 0 ? after : search(0);
}

function lowerBound(arr: number[], value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fuzzy fallback: the quote's head and tail (a fifth of it each, 12-40 letters) both found,
 * in order, within 1.25x the quote's length. A quote whose middle differs (an ellipsis, an
 * editorial bracket) still lands on the right words; anything looser would risk the wrong place.
 */
function fuzzy(page: { text: string; at: number[] }, qa: string, from: number): Hit | null {
  const k = Math.min(40, Math.max(12, Math.floor(qa.length / 5)));
  if (qa.length < 2 * k) return null;
  const head = qa.slice(0, k);
  const tail = qa.slice(-k);
  const maxLen = Math.ceil(qa.length * 1.25);
  const tryFrom = (start: number): Hit | null => {
    for (let h = page.text.indexOf(head, start); h >= 0; h = page.text.indexOf(head, h + 1)) {
      const t = page.text.indexOf(tail, h + k);
      if (t >= 0 && t + k - h <= maxLen && t + k - h >= qa.length * 0.75) {
        return [page.at[h], page.at[t + k - 1] + 1];
      }
    }
    return null;
  };
  return tryFrom(from) ?? (from > 0 ? tryFrom(0) : null);
}

/** A DOM Range over [start, end) of the folded text. */
export function hitToRange(index: TextIndex, [start, end]: Hit): Range {
  const doc = index.nodes[index.node[start]].ownerDocument;
  const range = doc.createRange();
  range.setStart(index.nodes[index.node[start]], index.offset[start]);
  range.setEnd(index.nodes[index.node[end - 1]], index.offset[end - 1] + 1);
  return range;
}

/**
 * Ranges for each quote, given as its parts (a quote split around "he said" is two parts).
 * A quote that is not found gets an empty array. Quotes are searched in order, each from where
 * the previous one was found, so a sentence quoted twice lands on the right occurrence.
 */
export function anchorQuotes(root: Element, quotes: readonly (readonly string[])[]): Range[][] {
  const index = indexText(root);
  if (index.nodes.length === 0) return quotes.map(() => []);
  let cursor = 0;
  return quotes.map((parts) => {
    const ranges: Range[] = [];
    for (const part of parts) {
      const hit = findInIndex(index, part, cursor);
      if (!hit) continue;
      ranges.push(hitToRange(index, hit));
      cursor = hit[1];
    }
    return ranges;
  });
}

/**
 * Splits `Quote.text` back into the texts of its parts: `text` is the parts joined by single
 * spaces, so each part's length is its span's length. Falls back to the whole text if the
 * lengths do not add up (a quote built by other means).
 */
export function quoteParts(quote: { text: string; parts: readonly { start: number; end: number }[] }): string[] {
  const lengths = quote.parts.map((p) => p.end - p.start);
  const total = lengths.reduce((a, b) => a + b, 0) + Math.max(lengths.length - 1, 0);
  if (lengths.length < 2 || total !== quote.text.length) return [quote.text];
  const out: string[] = [];
  let at = 0;
  for (const len of lengths) {
    out.push(quote.text.slice(at, at + len));
    at += len + 1;
  }
  return out;
}
