/**
 * The lexicons the engine can read, and the choice of one per article. Adding a language: write
 * utils/language/<code>.ts (a Lexicon), add its code to LanguageCode and list it here.
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { french } from '@/utils/language/fr';
import { german } from '@/utils/language/de';
import { spanish } from '@/utils/language/es';
import { languageOf } from '@/utils/language/detect-language';

/** Every lexicon, English first (the fallback). */
export const LEXICONS: readonly Lexicon[] = [english, french, german, spanish];

/** The lexicon for an article: from its `lang`, else detected from its text (see languageOf). */
export function lexiconFor(article: { lang?: string | null; text: string }): Lexicon {
  const code = languageOf(article, LEXICONS);
  return LEXICONS.find((l) => l.code === code) ?? english;
}
