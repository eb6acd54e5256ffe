/**
 * Quote finding: every direct quote of an article, with its speaker. Marks are paired paragraph
 * by paragraph (utils/text/quote-marks), then joined into utterances: a quote whose paragraph ends
 * open and whose next paragraph opens with a mark continues there (one part per paragraph) if a
 * closing mark ends it within MAX_CHAIN_PARAGRAPHS, and `"A," he said, "B."` is one quote in two
 * parts unless B has an attribution of its own. Short quoted words with no speech cue (titles,
 * nicknames, scare quotes) are left out; short phrases woven into prose are kept as fragments.
 */
import type { Quote, Span } from '@/utils/types';
import { findMarkedSpans, type MarkedSpan } from '@/utils/text/quote-marks';
import { attributeSpeakers, hasCueAfter, opensOwnClause, type QuoteDraft } from '@/utils/quotes/attribute-speakers';
import { isCueWord } from '@/utils/quotes/speech-cues';
import type { Lexicon } from '@/utils/language/lexicon';
import { lexiconFor } from '@/utils/language/lexicons';
import { blankLinkCards, linkCards } from '@/utils/text/tokenize-words';
import { isTitleCase, titleWords } from '@/utils/text/title-case';

// Quotes of this many words or fewer need a speech cue to count as quotes.
const SHORT_QUOTE_WORDS = 3;
// An unterminated quote that does not continue must be at least this long to be kept.
const UNTERMINATED_MIN_WORDS = 4;
// Longest text between the two halves of a split quote (`, he said,`), in words.
const SPLIT_GAP_WORDS = 12;
// Most paragraphs one quote may run over when each opens a mark and only the last closes it.
const MAX_CHAIN_PARAGRAPHS = 8;

// Each CJK character counts as a word: those scripts write no spaces between words.
const wordCount = (s: string) =>
  (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length;

interface Located extends MarkedSpan {
  para: number;
}

/**
 * Joins per-paragraph spans into drafts: continued paragraphs and split quotes become one. A chain
 * of paragraphs that open a quote without closing it is only one quote when a closing mark ends
 * it within MAX_CHAIN_PARAGRAPHS; otherwise each paragraph's part stands alone (see dissolve).
 */
function draftsOf(lex: Lexicon, text: string, paragraphs: Span[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  let open: QuoteDraft | null = null; // a draft whose last part ran to its paragraph's end
  let chainFrom = 0; // index in `open` of the first part that ran to its paragraph's end
  paragraphs.forEach((para, p) => {
    const spans: Located[] = findMarkedSpans(text, para, lex).map((s) => ({ ...s, para: p }));
    // A continued quote opens its paragraph with a double mark (the spans already say so: no second scan).
    const continues = spans.length > 0 && spans[0].family === 'double' && text.slice(para.start, spans[0].open).trim() === '';
    if (open && (!continues || open.parts.length - chainFrom >= MAX_CHAIN_PARAGRAPHS)) {
      // The chain ends without a closing mark, or runs too long to be one quote.
      dissolve(text, drafts, chainFrom);
      open = null;
    }
    spans.forEach((s, k) => {
      const last = drafts[drafts.length - 1];
      const limit = spans[k + 1]?.open ?? para.end;
      if (k === 0 && open) {
        addPart(open, s);
        // `"A," X said. "B… ¶ "…C," said Y.`: a chain with its own attribution at its close is
        // Y's utterance, not the second half of X's quote.
        if (s.close >= 0 && chainFrom > 0 && hasOwnCue(lex, text, s, limit)) drafts.push(detach(open, chainFrom));
      } else if (last && k > 0 && isSplitGap(lex, text, last, s, limit, para.start)) {
        addPart(last, s);
      } else {
        drafts.push(addPart({ parts: [], opens: [], closes: [], paras: [] }, s));
      }
      const d = drafts[drafts.length - 1];
      if (s.close >= 0) open = null;
      else if (open !== d) {
        open = d;
        chainFrom = d.parts.length - 1;
      }
    });
  });
  if (open) dissolve(text, drafts, chainFrom);
  return drafts;
}

function addPart(d: QuoteDraft, s: Located): QuoteDraft {
  d.parts.push(s.content);
  d.opens.push(s.open);
  d.closes.push(s.close >= 0 ? s.close + s.closeLen : -1);
  d.paras.push(s.para);
  return d;
}

/** Moves the parts of `d` from `from` on into a new draft. */
function detach(d: QuoteDraft, from: number): QuoteDraft {
  return { parts: d.parts.splice(from), opens: d.opens.splice(from), closes: d.closes.splice(from), paras: d.paras.splice(from) };
}

/**
 * Breaks the last draft, whose parts from `chainFrom` on each ran to their paragraph's end and
 * never closed, into one draft per paragraph: an unclosed mark covers its own paragraph at most.
 * Each piece is then kept or dropped like any unterminated quote.
 */
function dissolve(text: string, drafts: QuoteDraft[], chainFrom: number): void {
  const d = drafts.pop()!;
  const pieces: QuoteDraft[] = [{ parts: d.parts.slice(0, chainFrom + 1), opens: d.opens.slice(0, chainFrom + 1), closes: d.closes.slice(0, chainFrom + 1), paras: d.paras.slice(0, chainFrom + 1) }];
  for (let i = chainFrom + 1; i < d.parts.length; i++) {
    pieces.push({ parts: [d.parts[i]], opens: [d.opens[i]], closes: [d.closes[i]], paras: [d.paras[i]] });
  }
  for (const piece of pieces) if (keepsUnterminated(text, piece)) drafts.push(piece);
}

/** An unterminated quote that no paragraph continues is kept only when it looks like speech. */
function keepsUnterminated(text: string, d: QuoteDraft): boolean {
  if (d.parts.length > 1) return true; // `"A," he said, "B…`: the closed first half vouches for it
  const content = text.slice(d.parts[0].start, d.parts[0].end);
  return wordCount(content) >= UNTERMINATED_MIN_WORDS;
}

/**
 * True when `next` is the second half of a split quote: `"A," he said, "B."`. The text between
 * them must be a short attribution, the first half must not end its sentence, and the second
 * half must have no attribution of its own (`"A," said Holm. "B," said Berg.` is two quotes).
 */
function isSplitGap(lex: Lexicon, text: string, d: QuoteDraft, next: Located, limit: number, paraStart: number): boolean {
  const close = d.closes[d.closes.length - 1];
  if (close < 0 || d.paras[d.paras.length - 1] !== next.para) return false;
  const gap = text.slice(close, next.open);
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  // `"A." Smith said: "B."` credits the next quote, not this one: a split quote's first half ends
  // open (`"A," he said, "B."`); and two cues in the gap are two speakers.
  const last = d.parts[d.parts.length - 1];
  const endsOpen = !/[.!?]$/.test(text.slice(last.start, last.end));
  // `"A," Lee said: "B."` hands the cue to B, and `"A," he told "Today."` names a show, not a
  // second half: a split quote's gap ends with a comma or dash, never a colon or a preposition.
  if (/:\s*$/.test(gap) || lex.titleGap.test(gap)) return false;
  // « A », a justifié X, évoquant une décision « B »: where the speaker follows the cue, a second
  // half comes right after the attribution's closing comma (or full stop), not after more prose.
  if (lex.freeWordOrder && (!/[,.\u2014\u2013]\s*$/.test(gap) || endsSentenceWithin(lex, gap.replace(/[\s.]+$/, '')))) return false;
  // „A“, sagte er. „B“: where a full stop ends the attribution, the next quote is one of its own.
  if (!lex.splitAfterFullStop && /\.\s*$/.test(gap)) return false;
  // `on the show "Night Desk," Lee said, "…"`: a title is not the first half of Lee's quote.
  if (d.parts.length === 1 && isTitleAt(lex, text, paraStart, d.opens[0], text.slice(last.start, last.end))) return false;
  // `"A," she said, calling the plan "a disaster" for the city`: marks the prose runs into and on
  // from are the writer's woven phrase, not the quote resumed.
  if (wovenIn(text, gap, next, limit)) return false;
  // `"hysteria," and Orrin Hatch said, "…"`: a clause of its own, the next quote its speaker's.
  if (words.length > 2 && opensOwnClause(lex, words[0]!, words[1]!)) return false;
  return endsOpen && words.length > 0 && words.length <= SPLIT_GAP_WORDS && words.filter((w) => isCueWord(lex, w)).length === 1 && !/[;"“”]/.test(gap)
    && !hasOwnCue(lex, text, next, limit);
}

/** A word runs straight into the next quote's opening mark, and its sentence runs on past its closing mark. */
function wovenIn(text: string, gap: string, next: Located, limit: number): boolean {
  if (next.close < 0 || !/[\p{L}\p{N}]\s*$/u.test(gap) || /[.!?]\s*$/.test(text.slice(next.content.start, next.content.end))) return false;
  return /^\s*[\p{L}\p{N}]/u.test(text.slice(next.close + next.closeLen, limit));
}

/** True when a sentence ends inside `s` (not at "M." or "Sr.": a dotted abbreviation or initial goes on). */
function endsSentenceWithin(lex: Lexicon, s: string): boolean {
  if (/[!?]/.test(s)) return true;
  for (const m of s.matchAll(/([\p{L}]+)\.\s+\p{Lu}/gu)) if (m[1].length > 1 && !lex.abbreviations.has(m[1].toLowerCase())) return true;
  return false;
}

/** `"B," said Berg.`: a cue after the quote. After `"B."` a new sentence starts, not B's attribution. */
function hasOwnCue(lex: Lexicon, text: string, s: Located, limit: number): boolean {
  if (s.close < 0 || /\.$/.test(text.slice(s.content.start, s.content.end))) return false;
  return hasCueAfter(text, s.close + s.closeLen, limit, lex);
}

/** A quote woven into prose: the word before its mark runs straight into it. */
function isFragment(lex: Lexicon, text: string, paragraphs: Span[], d: QuoteDraft): boolean {
  const from = paragraphs[d.paras[0]].start;
  let i = d.opens[0] - 1;
  while (i >= from && text[i] === ' ') i--;
  if (i < from || !/[\p{L}\p{N}]/u.test(text[i])) return false;
  let j = i;
  while (j > from && /[\p{L}\p{N}]/u.test(text[j - 1])) j--;
  return !isCueWord(lex, text.slice(j, i + 1));
}


/** A short quoted title ("Meet the Press") or an attribute value in leftover markup (id="…"). */
function isTitleOrMarkup(lex: Lexicon, text: string, paragraphs: Span[], d: QuoteDraft, quoteText: string): boolean {
  return isTitleAt(lex, text, paragraphs[d.paras[0]].start, d.opens[0], quoteText);
}

/** Whether the quoted words opening at `open` are a title (or markup), from the words before the mark. */
function isTitleAt(lex: Lexicon, text: string, paraStart: number, open: number, quoteText: string): boolean {
  const lead = text.slice(Math.max(paraStart, open - 40), open);
  if (lead.endsWith('=')) return true;
  const words = titleWords(quoteText);
  if (words.length === 0 || words.length > 6) return false;
  const titleCase = isTitleCase(lex, words);
  // "unas memorias tituladas «Treinta años de tiza y pizarra»": named as a title, in sentence case.
  if (/^[\p{Lu}\p{N}]/u.test(words[0] ?? '') && lex.titleIntroducers.test(lead)) return true;
  return titleCase && (lex.titleLead.test(lead) || lex.titleGap.test(lead));
}

/** The drafts without their parts inside link cards (`cards`: [start, end) spans); a draft left with none is dropped. */
function withoutCardParts(drafts: QuoteDraft[], cards: ReadonlyArray<readonly [number, number]>): QuoteDraft[] {
  if (cards.length === 0) return drafts;
  const inCard = (p: Span) => cards.some(([s, e]) => p.start >= s && p.end <= e);
  return drafts.flatMap((d) => {
    const keep = d.parts.map((p) => !inCard(p));
    if (keep.every(Boolean)) return [d];
    if (!keep.some(Boolean)) return [];
    const pick = <T>(xs: T[]) => xs.filter((_, k) => keep[k]);
    return [{ parts: pick(d.parts), opens: pick(d.opens), closes: pick(d.closes), paras: pick(d.paras) }];
  });
}

/**
 * Every direct quote of the article, in text order, with its speaker, read with `lexicon`: the
 * article's language (its `lang`, else detected from its words; see utils/language/lexicons).
 */
export function findQuotes(article: { text: string; paragraphs: Span[]; lang?: string | null }, lexicon: Lexicon = lexiconFor(article)): Quote[] {
  const { text, paragraphs } = article;
  // A link card repeats a name glued to a headline ("Trump Donald John TrumpSanders …"): never a
  // speaker, and a headline's quote inside it is page furniture, not this article's quote.
  const cards = linkCards(text);
  // A one-part title is marked for the cue search (see attribute-speakers), read once for both.
  const drafts = withoutCardParts(draftsOf(lexicon, text, paragraphs), cards)
    .map((d) => (d.parts.length === 1 && isTitleOrMarkup(lexicon, text, paragraphs, d, text.slice(d.parts[0].start, d.parts[0].end)) ? { ...d, title: true } : d));
  const attributions = attributeSpeakers(blankLinkCards(text, cards), paragraphs, drafts, lexicon);
  const quotes: Quote[] = [];
  drafts.forEach((d, i) => {
    const a = attributions[i];
    const quoteText = d.parts.map((s) => text.slice(s.start, s.end)).join(' ');
    const words = wordCount(quoteText);
    if (words === 0) return;
    if (words <= SHORT_QUOTE_WORDS && a.cue === null) return;
    if (d.title || (d.parts.length > 1 && isTitleOrMarkup(lexicon, text, paragraphs, d, quoteText))) return;
    quotes.push({
      text: quoteText,
      start: d.parts[0].start,
      end: d.parts[d.parts.length - 1].end,
      parts: d.parts,
      ...a,
      fragment: isFragment(lexicon, text, paragraphs, d),
    });
  });
  return quotes;
}
