/**
 * How components get their words: a translator in a Preact context. Entrypoints provide
 * browser.i18n's (utils/i18n/browser-translator); with no provider (unit tests) it is English,
 * read from public/_locales/en/messages.json, so components stay free of browser APIs.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';

export const I18nContext = createContext<Translate>(ENGLISH);

/** The translator in effect for this component. */
export function useT(): Translate {
  return useContext(I18nContext);
}

/** Wraps a tree in a translator (entrypoints: browser.i18n's; tests: any catalog's). */
export function I18nProvider({ t, children }: { t: Translate; children?: ComponentChildren }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}
