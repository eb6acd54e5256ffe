/**
 * A quote's distinct index terms, remembered per quote object: a check reads each quote against
 * several related articles, and a saved article's quotes are read again at every check.
 */
import { indexTerms } from '@/utils/index/coverage-index';
import type { Lexicon } from '@/utils/language/lexicon';
import type { Quote } from '@/utils/types';

export function quoteTerms(quote: Pick<Quote, 'text'>, lex: Lexicon): readonly string[] {
  const cached = QUOTE_TERMS.get(quote);
  if (cached?.text === quote.text && cached.lex === lex) return cached.terms;
  const terms = distinctIndexTerms(quote.text, lex);
  QUOTE_TERMS.set(quote, { text: quote.text, lex, terms });
  return terms;
}
/** A text's index terms, each once, in text order. */
export function distinctIndexTerms(text: string, lex: Lexicon): string[] {
  return [...new Set(indexTerms(text, lex))];
}

const QUOTE_TERMS = new WeakMap<object, { text: string; lex: Lexicon; terms: string[] }>();
