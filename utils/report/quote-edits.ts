/**
 * What changed in an article's quotes between the version first saved and the current one: the
 * same matcher that compares outlets (matchQuote, over the whole text), turned on two versions of
 * one article. A first-version quote found word for word, and credited to no one else, is
 * unchanged; found otherwise it was edited (the diff reads first save → now); not found it was
 * removed. A current quote that no first-version quote found was added. "Credited to someone
 * else" is the matcher's speaker conflict, so "Obi" for "Ruth Obi" or a pronoun is no change.
 */
import { matchQuote, type OtherArticle } from '@/utils/matching/match-quote';
import type { QuoteEdit, StoredArticle } from '@/utils/types';
import { lexiconFor } from '@/utils/language/lexicons';

/** The quotes edited, removed or added since `first` was saved, in the order of the texts. */
export function quoteEdits(first: StoredArticle, current: StoredArticle): QuoteEdit[] {
  const now = asOther(current);
  // Both versions are read in the article's language (the current version decides).
  const lex = lexiconFor(current);
  const edits: QuoteEdit[] = [];
  const found: { start: number; end: number }[] = [];
  for (const quote of first.quotes) {
    const match = matchQuote(quote, now, undefined, first.text, lex);
    if (!match) {
      edits.push({ change: 'removed', quote, now: null });
      continue;
    }
    found.push(match);
    if (match.kind !== 'verbatim' || match.speakerConflict) edits.push({ change: 'edited', quote, now: match });
  }
  for (const quote of current.quotes) {
    // A current quote that a first-version quote's match overlaps is that quote, already told.
    const covered = quote.parts.some((p) => found.some((f) => p.start < f.end && f.start < p.end));
    if (!covered) edits.push({ change: 'added', quote, now: null });
  }
  return edits;
}

function asOther(a: StoredArticle): OtherArticle {
  return { id: a.id, outlet: a.outlet, url: a.url, title: a.title, date: a.date, text: a.text, quotes: a.quotes };
}
