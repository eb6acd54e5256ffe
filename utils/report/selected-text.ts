/**
 * "Check the selected text as a quote" (the context menu): the reader's selection read as one quote
 * and compared with the library by the same matcher as a page check, for a quote the finder
 * missed or a post written without quote marks. Pure: the background reads the selection from the
 * page and hands the text in; the library runs `selectionComparisonInput` through planComparison
 * and runComparison.
 *
 * ```ts
 * const read = readSelection({ text: '“We are very close,” ' });
 * // → { ok: true, text: 'We are very close,', words: 4 }
 * readSelection({ text: '   ' }) // → { ok: false, reason: 'empty', words: 0 }
 * ```
 */
import { canonicalUrl } from '@/utils/article/article-id';
import { tokenizeWords } from '@/utils/text/tokenize-words';
import type { Article, Quote } from '@/utils/types';
import { MAX_SELECTION_WORDS } from '@/utils/report/selection-limit';

/** Why a selection is not compared: nothing selected, no text in it (an image), or too long. */
export type SelectionRefusal = 'empty' | 'non-text' | 'too-long';

export type SelectionReading =
  | { ok: true; text: string; words: number }
  | { ok: false; reason: SelectionRefusal; words: number };

/** What the browser gives for the click: the selection's text, and whether media (an image) was under it. */
export interface SelectionInput {
  text?: string | null;
  /** The selection or the clicked element held an image, video or audio: media, not words. */
  media?: boolean;
}

// Marks that open or close a quotation: double, guillemets, low-9, CJK corner brackets.
const DOUBLE_MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02';
// Single marks double as apostrophes ('Tis, students'): stripped only as a pair.
const SINGLE_OPEN = '\'\u2018\u201A\u201B\u2039';
const SINGLE_CLOSE = '\'\u2019\u203A';
const LEADING_DOUBLE = new RegExp(`^[${DOUBLE_MARKS}]\\s*`, 'u');
const TRAILING_DOUBLE = new RegExp(`\\s*[${DOUBLE_MARKS}]$`, 'u');

/**
 * The selection as a quote: whitespace runs (line breaks between paragraphs) made single spaces,
 * surrounding quote marks removed (a lone opening or closing double mark too: a reader often
 * selects one of them), then refused when empty, media only or over MAX_SELECTION_WORDS words.
 */
export function readSelection(input: SelectionInput): SelectionReading {
  let text = (input.text ?? '').replace(/\s+/gu, ' ').trim();
  if (!text) return { ok: false, reason: input.media ? 'non-text' : 'empty', words: 0 };
  for (let again = true; again; ) {
    const before = text;
    text = text.replace(LEADING_DOUBLE, '').replace(TRAILING_DOUBLE, '');
    if (text.length > 1 && SINGLE_OPEN.includes(text[0]) && SINGLE_CLOSE.includes(text[text.length - 1])) text = text.slice(1, -1).trim();
    again = text !== before && text.length > 0;
  }
  const words = tokenizeWords(text).length;
  if (words === 0) return { ok: false, reason: input.media ? 'non-text' : 'empty', words: 0 };
  if (words > MAX_SELECTION_WORDS) return { ok: false, reason: 'too-long', words };
  return { ok: true, text, words };
}

/** The page the text was selected in: its own saved copy, and its outlet when known, are not compared with. */
export interface SelectionPage {
  url: string;
  /** The page's outlet when a check or its saved copy names it; '' when unknown (no outlet excluded). */
  outlet?: string;
  title?: string;
}

/**
 * The selection as an article of one paragraph holding one quote (no speaker, no cue), at the
 * page's address: the plan then excludes the page's own saved copy by id and URL, as a page check does.
 */
export function selectionComparisonInput(text: string, page: SelectionPage): { article: Article & { id: string }; quote: Quote } {
  const span = { start: 0, end: text.length };
  const article: Article & { id: string } = {
    id: canonicalUrl(page.url),
    url: page.url,
    outlet: page.outlet ?? '',
    title: page.title ?? '',
    date: null,
    byline: null,
    lang: null,
    text,
    paragraphs: [span],
  };
  const quote: Quote = {
    text,
    ...span,
    parts: [span],
    speaker: null,
    cue: null,
    speakerMention: null,
    speakerNamedAt: null,
    fragment: false,
  };
  return { article, quote };
}
