/**
 * Speakers across the library: every saved quote under one name per person, the names merged by
 * the rules that merge them within an article (`canonicalSpeakers`: a surname or title form joins
 * the only fuller name it fits; two people's names stay apart), then by the reader's own merges
 * and splits (settings: `SpeakerOverrides`).
 */
import { canonicalNames } from '@/utils/quotes/speaker-groups';
import type { FamilyArticleRef, QuoteNode } from '@/utils/families/quote-families';
import { savedArticleRef, type Quote, type SavedArticleRef } from '@/utils/types';
import type { SpeakerOverrides } from '@/utils/storage/settings';

/**
 * What the directory reads of a saved quote: the name credited and the outlet. A family's
 * `QuoteNode` is one; the library's speakers list passes the quotes store's rows as one.
 */
export interface CreditedQuote {
  quote: { speaker: string | null };
  article: { outlet: string };
}

export interface Speaker<T extends CreditedQuote = QuoteNode> {
  /** The name shown (the fullest form credited). */
  name: string;
  /** Every name credited to this person, `name` first. */
  aliases: string[];
  nodes: T[];
}

/**
 * A person's names: the canonical one, then the others in code-unit order. Not in the order quotes
 * credit them: a page answered from the families and one from the stored list met re-saved
 * articles in different orders (no locale comparison: a worker's first one loads the collator).
 */
export function orderedAliases(name: string, others: Iterable<string>): string[] {
  return [name, ...[...new Set(others)].filter((a) => a !== name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/** Every credited person, most quotes first; aliases by `orderedAliases`. */
export function speakerDirectory<T extends CreditedQuote = QuoteNode>(nodes: Iterable<T>, overrides: SpeakerOverrides = { merged: [], split: [] }): Speaker<T>[] {
  const all = [...nodes].filter((n) => n.quote.speaker);
  const names = all.map((n) => n.quote.speaker!);
  const person = personOf(names, overrides);
  const byPerson = new Map<string, Speaker<T>>();
  for (const n of all) {
    const name = person(n.quote.speaker!);
    let s = byPerson.get(name);
    if (!s) byPerson.set(name, (s = { name, aliases: [], nodes: [] }));
    s.nodes.push(n);
  }
  for (const s of byPerson.values()) s.aliases = orderedAliases(s.name, s.nodes.map((n) => n.quote.speaker!));
  return [...byPerson.values()].sort((a, b) => b.nodes.length - a.nodes.length || a.name.localeCompare(b.name));
}

/** The person a name is credited to: their canonical name first, then any alias. */
export function personNamed<T extends { name: string; aliases: readonly string[] }>(directory: readonly T[], name: string): T | undefined {
  return directory.find((s) => s.name === name) ?? directory.find((s) => s.aliases.includes(name));
}

/** Name credited → the person's shown name, after the reader's splits and merges. */
export function personOf(names: readonly string[], overrides: SpeakerOverrides): (name: string) => string {
  const split = new Set(overrides.split);
  const counts = new Map<string, number>();
  for (const n of names) if (!split.has(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const canonical = canonicalNames(counts);
  return personFrom((name) => canonical.get(name), overrides);
}

/** Name credited → the person's shown name, from each name's canonical name (split names left out of it) and the reader's splits and merges. */
export function personFrom(canonical: (name: string) => string | undefined, overrides: SpeakerOverrides): (name: string) => string {
  const split = new Set(overrides.split);
  const auto = (name: string) => (split.has(name) ? name : canonical(name) ?? name);
  // A merge names two people by any of their names; chains follow, a cycle stops where it closes.
  const into = new Map<string, string>();
  for (const [from, to] of overrides.merged) if (auto(from) !== auto(to)) into.set(auto(from), auto(to));
  return (name: string) => {
    let p = auto(name);
    const seen = new Set([p]);
    while (into.has(p) && !seen.has(into.get(p)!)) seen.add((p = into.get(p)!));
    return p;
  };
}

/** One line of the speakers list. */
export interface SpeakerSummary {
  name: string;
  aliases: string[];
  quotes: number;
  outlets: number;
}

/** One of a person's saved quotes, as their page lists it. */
export interface SpeakerQuote extends SavedArticleRef {
  text: string;
  start: number;
  /** The name this article credits. */
  credited: string;
  /** Versions in the quote's family (1: only this article carries it). */
  versions: number;
}

export interface SpeakerView {
  name: string;
  aliases: string[];
  /** The outlets of all the person's quotes, shown or not. */
  outlets: string[];
  /** Oldest date first (undated last), then by save time and place in the article; the first `limit` asked. */
  quotes: SpeakerQuote[];
  /** How many quotes the person has (`quotes` may hold fewer). */
  total: number;
}

/**
 * The quotes a person's page shows at first and adds per "show more": the most quoted person of a
 * 10k library has thousands, which no reader scrolls and whose reply and markup took most of a
 * second (docs/DESIGN.md "A person's page shows its quotes a hundred at a time").
 */
export const SPEAKER_PAGE_QUOTES = 100;

export function speakerSummary(s: Speaker<CreditedQuote>): SpeakerSummary {
  return { name: s.name, aliases: s.aliases, quotes: s.nodes.length, outlets: new Set(s.nodes.map((n) => n.article.outlet)).size };
}

/** What a person's page reads of a saved quote: its article and the quote (a family's `QuoteNode` is one, a quote row gives one). */
export interface ShownQuote extends CreditedQuote {
  article: Pick<FamilyArticleRef, 'id' | 'outlet' | 'title' | 'url' | 'date' | 'savedAt'>;
  quote: Pick<Quote, 'text' | 'start' | 'speaker'>;
}

/** A person's page's order between articles: oldest date first (undated last), then save time, then article id. */
export function articleOrder(a: { date: string | null; savedAt: number; articleId: string }, b: { date: string | null; savedAt: number; articleId: string }): number {
  // Quotes of one article tie on date and save time; their equal ids skip the locale comparison (its first call in a worker loads the collator: 15–30 ms).
  return (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1) || a.savedAt - b.savedAt || (a.articleId === b.articleId ? 0 : a.articleId.localeCompare(b.articleId));
}

/** A person's page, its first `limit` quotes; `versions` gives each quote's family size. */
export function speakerView<T extends ShownQuote = QuoteNode>(s: Speaker<T>, versions: (node: T) => number, limit = Infinity): SpeakerView {
  const quotes = s.nodes.map((n): SpeakerQuote => ({
    ...savedArticleRef(n.article), text: n.quote.text, start: n.quote.start, credited: n.quote.speaker ?? s.name, versions: versions(n),
  }));
  quotes.sort((a, b) => articleOrder(a, b) || a.start - b.start);
  return { name: s.name, aliases: s.aliases, outlets: [...new Set(quotes.map((q) => q.outlet))], quotes: quotes.length > limit ? quotes.slice(0, limit) : quotes, total: quotes.length };
}
