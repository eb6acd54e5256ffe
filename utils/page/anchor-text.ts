/**
 * Text ↔ DOM anchoring: finds a quote's words in the live page and returns DOM Ranges over them,
 * without touching the page. The quote text comes from Readability's clean text, so the page
 * differs only in markup (a quote split over <em> or <a>), whitespace and quote-mark style: we
 * fold those away on both sides, search the folded page string, and map hits back to
 * (text node, offset) through a per-node position map (see TextIndex).
 *
 * Three tiers, cheapest and most precise first: folded exact; letters-and-digits only (survives
 * punctuation or spacing that differs between markup and clean text); and a fuzzy fallback that
 * anchors on the quote's first and last words when something in the middle differs.
 */
import { foldPunctuation } from '@/utils/text/normalize';

/** Elements whose text is never visible reading text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'IFRAME', 'OBJECT']);
/** Elements that end a line visually: their text must not glue to the neighbour's. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * The page's visible text under a root, folded for search, with a map back to the DOM (read it
 * with `positionAt`). Per text node rather than per character: most text nodes fold one to one
 * (printable ASCII, single spaces), so only the others keep a table of offsets.
 */
export interface TextIndex {
  /** Folded text: lowercase, ASCII quote marks and dashes, whitespace runs as one space. */
  folded: string;
  nodes: Text[];
  /** Per node: where its folded chars start in `folded`, and how many there are. */
  start: Int32Array;
  length: Int32Array;
  /** Per node: the offset in the node of each folded char, or null when that is `skip[n] + k`. */
  offsets: (Int32Array | null)[];
  /** Per node whose offsets are null: raw chars dropped before the first folded one (0 or 1). */
  skip: Uint8Array;
}

/** `tag`: the element's tag name in upper case (SVG's are lower case in an HTML page). */
function isHidden(el: Element, tag: string): boolean {
  if (SKIPPED.has(tag)) return true;
  // Most elements have no attributes: one call instead of four (a 1 MB page has thousands).
  if (!el.hasAttributes()) return false;
  // Our own UI (overlay, hover card) is marked so it is never anchored into.
  if (el.hasAttribute('data-verbatim-ui') || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Inline style is read only when there is one: building a style object per element costs.
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * JavaScript's `\s` as a char-code test: indexText sees every character of the page, and a regex
 * test (plus a one-char string) per character was most of its time on a 1 MB page.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// A text node that folds one to one: printable ASCII, single spaces, at most one at either end.
const SIMPLE_TEXT = /^ ?[!-~]+(?: [!-~]+)* ?$/;
// A text node of whitespace only (JavaScript's \s is the set isSpaceCode tests).
const ALL_SPACE = /^\s+$/;

/**
 * Walks the text nodes under `root` once and builds the folded search string. A node of
 * SIMPLE_TEXT folds with one native toLowerCase and a node of whitespace only to one space or
 * none; neither needs an offset table. Only the others are folded character by character: that
 * path is what the whole walk used to be, and most of its time on a 1 MB page.
 */
export function indexText(root: Element): TextIndex {
  const pieces: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const offsets: (Int32Array | null)[] = [];
  const skips: number[] = [];
  let total = 0;
  let lastSpace = true; // no leading space
  // A block edge: one space, which positionAt maps to the end of the last text node before it.
  const blockEdge = () => {
    if (lastSpace) return;
    pieces.push(' ');
    total++;
    lastSpace = true;
  };
  // A node whose folded chars map one to one onto its own, from offset `skip`: no offset table.
  const addMapped = (piece: string, skip: number) => {
    pieces.push(piece);
    lengths.push(piece.length);
    offsets.push(null);
    skips.push(skip);
    total += piece.length;
  };
  const addText = (text: Text) => {
    const data = foldPunctuation(text.data);
    nodes.push(text);
    starts.push(total);
    if (SIMPLE_TEXT.test(data)) {
      const skip = lastSpace && data.charCodeAt(0) === 32 ? 1 : 0;
      const piece = (skip ? data.slice(1) : data).toLowerCase();
      addMapped(piece, skip);
      if (piece.length) lastSpace = piece.charCodeAt(piece.length - 1) === 32;
      return;
    }
    if (ALL_SPACE.test(data)) {
      // Whitespace between elements, the most numerous text nodes on most pages: one space at
      // most (at offset 0, as the loop below would map it), and no per-node tables to allocate.
      addMapped(lastSpace ? '' : ' ', 0);
      lastSpace = true;
      return;
    }
    const codes = new Uint16Array(data.length);
    const at = new Int32Array(data.length);
    let k = 0;
    for (let i = 0; i < data.length; i++) {
      let c = data.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (lastSpace) continue;
        c = 32;
        lastSpace = true;
      } else {
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 128) {
          const lower = data[i].toLowerCase();
          // Keep the original when lowercasing changes the length: the map stays one to one.
          if (lower.length === 1) c = lower.charCodeAt(0);
        }
        lastSpace = false;
      }
      codes[k] = c;
      at[k] = i;
      k++;
    }
    // Per node, so the argument count stays small (nodes are paragraph-sized); a TextDecoder
    // would turn lone surrogates into U+FFFD and break the one-to-one map.
    let piece = '';
    for (let j = 0; j < k; j += DECODE_CHUNK) {
      piece += String.fromCharCode.apply(null, codes.subarray(j, Math.min(j + DECODE_CHUNK, k)) as unknown as number[]);
    }
    pieces.push(piece);
    lengths.push(k);
    offsets.push(at.subarray(0, k));
    skips.push(0);
    total += k;
  };
  const walk = (el: Node) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text);
      else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName.toUpperCase();
        if (isHidden(e, tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) blockEdge();
        walk(e);
        if (block) blockEdge();
      }
    }
  };
  walk(root);
  return {
    folded: pieces.join(''),
    nodes,
    start: Int32Array.from(starts),
    length: Int32Array.from(lengths),
    offsets,
    skip: Uint8Array.from(skips),
  };
}

/** Characters per String.fromCharCode call: well under engines' argument-count limits. */
const DECODE_CHUNK = 8192;

/**
 * The DOM position of char `i` of `index.folded`: its node's index in `index.nodes` and the offset
 * in that node. A block-edge space maps to the end of the last text node before it.
 */
export function positionAt(index: TextIndex, i: number): [node: number, offset: number] {
  // The last node whose folded text starts at or before i (binary search).
  let lo = 0;
  let hi = index.start.length - 1;
  if (hi < 0 || index.start[0] > i) return [0, 0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.start[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  const k = i - index.start[lo];
  if (k >= index.length[lo]) return [lo, index.nodes[lo].data.length];
  const table = index.offsets[lo];
  return [lo, table ? table[k] : index.skip[lo] + k];
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
  const [startNode, startOffset] = positionAt(index, start);
  const [endNode, endOffset] = positionAt(index, end - 1);
  const range = index.nodes[startNode].ownerDocument.createRange();
  range.setStart(index.nodes[startNode], startOffset);
  range.setEnd(index.nodes[endNode], endOffset + 1);
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
