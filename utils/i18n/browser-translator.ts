/**
 * The translator of the extension's own contexts (pages, content script, background, offscreen
 * document): browser.i18n.getMessage, which picks the catalog of the browser's language and
 * falls back to default_locale (en). Entrypoints hand it to components through I18nContext
 * (components/i18n.tsx); components never call browser.* themselves.
 */
import { browser } from 'wxt/browser';
import { ENGLISH, LANGUAGE_KEY, substitutionTexts, type MessageKey, type Substitution, type Translate } from '@/utils/i18n/translate';

/** WXT types getMessage as one overload per key, which a key of union type cannot pick. */
type GetMessage = (name: string, substitutions?: string[]) => string;

/** getMessage, or null where there is none (Node, unit tests' fake browser throws on use). */
function getMessage(key: string, subs?: string[]): string | null {
  try {
    return (browser.i18n.getMessage as GetMessage)(key, subs);
  } catch {
    return null;
  }
}

/** The language of the catalog the browser picked (read once: it cannot change while a page lives). */
const locale = getMessage(LANGUAGE_KEY) || ENGLISH.locale;

function translate(key: MessageKey, ...subs: Substitution[]): string {
  // '' is getMessage's answer for an unknown key: English beats a blank in the interface.
  return getMessage(key, substitutionTexts(locale, subs)) || ENGLISH(key, ...subs);
}

export const browserTranslator: Translate = Object.assign(translate, { locale });
