/**
 * Quote finding: every direct quote of an article, with its speaker. Marks are paired paragraph
 * by paragraph (utils/quote-marks), then joined into utterances: a quote whose paragraph ends
 * open and whose next paragraph opens with a mark continues there (one part per paragraph), and
 * `"A," he said, "B."` is one quote in two parts. Short quoted words with no speech cue (titles,
 * nicknames, scare quotes) are left out; short phrases woven into prose are kept as fragments.
 */
import type { Quote, Span } from '@/utils/types';
import { findMarkedSpans, opensWithMark, type MarkedSpan } from '@/utils/quote-marks';
import { attributeSpeakers, type QuoteDraft } from '@/utils/attribute-speakers';
import { isCueWord } from '@/utils/speech-cues';

// Quotes of this many words or fewer need a speech cue to count as quotes.
const SHORT_QUOTE_WORDS = 3;
// An unterminated quote that does not continue must be at least this long to be kept.
const UNTERMINATED_MIN_WORDS = 4;
// Longest text between the two halves of a split quote (`, he said,`), in words.
const SPLIT_GAP_WORDS = 12;

// Each CJK character counts as a word: those scripts write no spaces between words.
const wordCount = (s: string) =>
  (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length;

interface Located extends MarkedSpan {
  para: number;
}

/** Joins per-paragraph spans into drafts: continued paragraphs and split quotes become one. */
function draftsOf(text: string, paragraphs: Span[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const addPart = (d: QuoteDraft, s: Located) => {
    d.parts.push(s.content);
    d.opens.push(s.open);
    d.closes.push(s.close >= 0 ? s.close + 1 : -1);
    d.paras.push(s.para);
  };
  let open: QuoteDraft | null = null; // a draft whose last part ran to its paragraph's end
  paragraphs.forEach((para, p) => {
    const spans: Located[] = findMarkedSpans(text, para).map((s) => ({ ...s, para: p }));
    const continues = spans.length > 0 && opensWithMark(text, para) && text.slice(para.start, spans[0].open).trim() === '';
    if (open && !continues) {
      finishUnterminated(text, open, drafts);
      open = null;
    }
    spans.forEach((s, k) => {
      const last = drafts[drafts.length - 1];
      if (k === 0 && open) {
        addPart(open, s);
      } else if (last && k > 0 && isSplitGap(text, last, s)) {
        addPart(last, s);
      } else {
        const d: QuoteDraft = { parts: [], opens: [], closes: [], paras: [] };
        addPart(d, s);
        drafts.push(d);
      }
      open = s.close < 0 ? drafts[drafts.length - 1] : null;
    });
  });
  if (open) finishUnterminated(text, open, drafts);
  return drafts;
}

/** An unterminated quote that no paragraph continues is kept only when it looks like speech. */
function finishUnterminated(text: string, d: QuoteDraft, drafts: QuoteDraft[]): void {
  if (d.parts.length > 1) return;
  const content = text.slice(d.parts[0].start, d.parts[0].end);
  if (wordCount(content) >= UNTERMINATED_MIN_WORDS) return;
  drafts.splice(drafts.indexOf(d), 1);
}

/** True when the text between a closed quote and the next one is a short attribution. */
function isSplitGap(text: string, d: QuoteDraft, next: Located): boolean {
  const close = d.closes[d.closes.length - 1];
  if (close < 0 || d.paras[d.paras.length - 1] !== next.para) return false;
  const gap = text.slice(close, next.open);
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  // `"A." Smith said: "B."` credits the next quote, not this one: a split quote's first half ends
  // open (`"A," he said, "B."`); and two cues in the gap are two speakers.
  const last = d.parts[d.parts.length - 1];
  const endsOpen = !/[.!?]$/.test(text.slice(last.start, last.end));
  return endsOpen && words.length > 0 && words.length <= SPLIT_GAP_WORDS && words.filter((w) => isCueWord(w)).length === 1 && !/[;"“”]/.test(gap);
}

/** A quote woven into prose: the word before its mark runs straight into it. */
function isFragment(text: string, paragraphs: Span[], d: QuoteDraft): boolean {
  const from = paragraphs[d.paras[0]].start;
  let i = d.opens[0] - 1;
  while (i >= from && text[i] === ' ') i--;
  if (i < from || !/[\p{L}\p{N}]/u.test(text[i])) return false;
  let j = i;
  while (j > from && /[\p{L}\p{N}]/u.test(text[j - 1])) j--;
  return !isCueWord(text.slice(j, i + 1));
}

// Words that, right before a short capitalized quote, make it a title: on "Meet the Press",
// NBC's "Today", the author of "Salt Roads", starred in "Parks and Recreation".
const TITLE_LEAD = /(?:['’]s|\b(?:on|of|in|at|for|from|by|with|and|called|titled|named|dubbed|show|program|film|book|song|movie|album|series))\s*$/iu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'as', 'is']);

/** A short quoted title ("Meet the Press") or an attribute value in leftover markup (id="…"). */
function isTitleOrMarkup(text: string, paragraphs: Span[], d: QuoteDraft, quoteText: string): boolean {
  const lead = text.slice(Math.max(paragraphs[d.paras[0]].start, d.opens[0] - 40), d.opens[0]);
  if (lead.endsWith('=')) return true;
  const words = quoteText.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 6) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
  return titleCase && TITLE_LEAD.test(lead);
}

/** Every direct quote of the article, in text order, with its speaker. */
export function findQuotes(article: { text: string; paragraphs: Span[] }): Quote[] {
  const { text, paragraphs } = article;
  const drafts = draftsOf(text, paragraphs);
  const attributions = attributeSpeakers(text, paragraphs, drafts);
  const quotes: Quote[] = [];
  drafts.forEach((d, i) => {
    const a = attributions[i];
    const quoteText = d.parts.map((s) => text.slice(s.start, s.end)).join(' ');
    if (wordCount(quoteText) === 0) return;
    if (wordCount(quoteText) <= SHORT_QUOTE_WORDS && a.cue === null) return;
    if (isTitleOrMarkup(text, paragraphs, d, quoteText)) return;
    quotes.push({
      text: quoteText,
      start: d.parts[0].start,
      end: d.parts[d.parts.length - 1].end,
      parts: d.parts,
      ...a,
      fragment: isFragment(text, paragraphs, d),
    });
  });
  return quotes;
}
