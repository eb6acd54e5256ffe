/**
 * The interface's words, looked up by key in the extension's message catalogs
 * (public/_locales/<lang>/messages.json, the browser.i18n format WXT copies into the build).
 * A `Translate` is what every piece of UI text goes through: in the extension it wraps
 * browser.i18n.getMessage (utils/i18n/browser-translator); in unit tests, the CLI and as the
 * components' default it reads the English catalog itself, with the same placeholder rules.
 */
import english from '@/public/_locales/en/messages.json';

/** Every message name; the English catalog is the reference (a test holds the others to it). */
export type MessageKey = keyof typeof english;

/** A `$1`-style substitution: numbers are formatted for the catalog's language. */
export type Substitution = string | number;

export interface Translate {
  (key: MessageKey, ...subs: Substitution[]): string;
  /** BCP 47 tag of the catalog the words come from: numbers are formatted for it, pages declare it. */
  readonly locale: string;
}

/** One entry of a messages.json file (Chrome's format; `description` is for translators). */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** The key whose message is the catalog's own language tag ("en", "fr", …), never shown. */
export const LANGUAGE_KEY = 'languageTag' satisfies MessageKey;

/** A number as the catalog's language writes it (12,345.5 in English, 12 345,5 in French). */
export function formatNumber(locale: string, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(n);
}

/** Substitutions as getMessage takes them: strings, numbers already written for the language. */
export function substitutionTexts(locale: string, subs: readonly Substitution[]): string[] {
  return subs.map((s) => (typeof s === 'number' ? formatNumber(locale, s) : s));
}

/**
 * The message as browser.i18n.getMessage builds it: `$NAME$` placeholders become their `content`
 * (names are case-insensitive), then `$1`…`$9` the substitutions and `$$` a dollar sign.
 */
export function formatMessage(entry: CatalogEntry, subs: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const withContents = entry.message.replace(/\$([A-Za-z][A-Za-z0-9_@]*)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return withContents.replace(/\$(\$|[1-9])/g, (_whole, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** A translator over one catalog; a key it lacks falls back (to English), else reads as the key. */
export function catalogTranslator(catalog: Catalog, fallback?: Translate): Translate {
  const locale = catalog[LANGUAGE_KEY]?.message ?? 'en';
  const t = (key: MessageKey, ...subs: Substitution[]): string => {
    const entry = catalog[key];
    if (!entry) return fallback ? fallback(key, ...subs) : key;
    return formatMessage(entry, substitutionTexts(locale, subs));
  };
  return Object.assign(t, { locale });
}

/** The English words: the components' default, the CLI's language, and the fallback for a missing key. */
export const ENGLISH: Translate = catalogTranslator(english);
