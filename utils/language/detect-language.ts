/**
 * Which language an article is in, for choosing its lexicon: the page's own `lang` when it names
 * one (BCP 47: "fr-FR" → fr), else the language whose function words the text uses most. A tag
 * for a language without a lexicon ("it"), or a text no lexicon clearly wins (too short, mixed),
 * gets English behaviour: the engine was built on English and reads unknown text as it always has.
 */
import type { LanguageCode, Lexicon } from '@/utils/language/lexicon';

// Enough running text to count function words with confidence; the rest adds time, not certainty.
const SAMPLE_CHARS = 4000;
// Fewer function words than this is too little text to decide.
const MIN_HITS = 5;
// The winner must count this many times the runner-up's hits: a mixed text stays English.
const MARGIN = 1.5;

/** The primary subtag of a BCP 47 tag, lowercase ("fr-FR" → "fr", "en_GB" → "en"); null when empty. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  return primary ? primary : null;
}

/** The lexicon whose function words `text` uses clearly most, or null when none does. */
export function detectLanguage(text: string, lexicons: readonly Lexicon[]): LanguageCode | null {
  const counts = new Map<Lexicon, number>(lexicons.map((l) => [l, 0]));
  for (const m of text.slice(0, SAMPLE_CHARS).toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const l of lexicons) if (l.functionWords.has(m[0])) counts.set(l, counts.get(l)! + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  if (!best || best[1] < MIN_HITS || (second && best[1] < second[1] * MARGIN)) return null;
  return best[0].code;
}

/**
 * The language code an article's words are read in: its `lang` when it names a lexicon, English
 * when it names another language, detection when it has none, English when detection cannot tell.
 */
export function languageOf(article: { lang?: string | null; text: string }, lexicons: readonly Lexicon[]): LanguageCode {
  const tag = primaryLanguage(article.lang);
  if (tag !== null) return lexicons.find((l) => l.code === tag)?.code ?? 'en';
  return detectLanguage(article.text, lexicons) ?? 'en';
}
