/**
 * A family page and a person's page answered from the families' stored groups and pages without
 * reading every family row: the family groups holding an article say which family a quote or
 * passage belongs to, and that family's page row (schema v7) holds its quotes and every match
 * they found, which give it whole (docs/DESIGN.md "A family page reads its own page row").
 *
 * `read` is the store's `readFamilyGroups` and `records` its saved articles (the benchmark passes
 * rows held in memory). Every answer is undefined when the stored families cannot give it (behind
 * the articles, mid-build, groups not in step, a page missing or damaged): the caller then reads
 * the families whole.
 */
import { familyFromPage, metaOf, quoteIndexAt, savedOrder, type QuoteFamily } from '@/utils/families/quote-families';
import { speakerView, type CreditedQuote, type ShownQuote, type Speaker, type SpeakerView } from '@/utils/families/speakers';
import { quoteKey, type FamilyGroupsRead } from '@/utils/storage/family-rows';
import type { FamilyRef } from '@/utils/families/family-view';
import type { StoredArticle } from '@/utils/types';

/** The groups holding some articles and the page rows of some groups (by id). */
export type ReadFamilyGroups = (articleIds: readonly string[], pageIds: readonly string[]) => Promise<FamilyGroupsRead>;
/** Saved articles by id (undefined: not saved). */
export type ReadArticles = (ids: readonly string[]) => Promise<Map<string, StoredArticle | undefined>>;

/** The family of the quote (or passage) at `ref`, from its page row; null when there is none there. */
export async function familyFromRows(ref: FamilyRef, read: ReadFamilyGroups, records: ReadArticles): Promise<QuoteFamily | null | undefined> {
  const [own, got] = await Promise.all([records([ref.articleId]), read([ref.articleId], [])]);
  if (!got.current) return undefined;
  const article = own.get(ref.articleId);
  if (!article) return null;
  const index = quoteIndexAt(article.quotes, ref.offset);
  const key = index === undefined ? undefined : quoteKey(ref.articleId, index);
  const groups = got.groups.filter((g) => (key ? g.quotes.includes(key) : g.passages.some(([id, start, end]) => id === ref.articleId && start <= ref.offset && ref.offset < end)));
  // No group: a quote of one version (its renderings found no saved version), or no quote or passage there.
  if (groups.length === 0) return index === undefined ? null : { key: 0, nodes: [{ id: 0, article: metaOf(article), index, quote: article.quotes[index], renderings: new Map() }], passages: [], links: [] };
  const pages = await read([], groups.map((g) => g.id));
  const families = pages.current ? pages.pages.map((p) => p && familyFromPage(p)) : [];
  if (families.length === 0 || families.some((f) => !f)) return undefined;
  // A passage two families render: the one the whole families list first (its earliest saved quote).
  return (families as QuoteFamily[]).reduce((a, b) => (savedOrder(b.nodes[0].article, b.nodes[0].index, a.nodes[0].article, a.nodes[0].index) < 0 ? b : a));
}

/** A row of the speakers list: a credited quote and its place in the library (the quotes store's key). */
export interface ListedQuote extends CreditedQuote {
  articleId: string;
  index: number;
  /** Its article's save time: the list's order (save order) follows it. */
  savedAt: number;
}

/** A person's page from their quotes' articles and the groups holding them (a quote's versions: its group's, 1 without one). */
export async function speakerFromRows(person: Speaker<ListedQuote>, read: ReadFamilyGroups, records: ReadArticles): Promise<SpeakerView | undefined> {
  const ids = [...new Set(person.nodes.map((n) => n.articleId))];
  const [got, articles] = await Promise.all([read(ids, []), records(ids)]);
  if (!got.current) return undefined;
  const versions = new Map(got.groups.flatMap((g) => g.quotes.map((k) => [k, g.versions] as const)));
  const nodes: Array<ShownQuote & { key: string }> = [];
  for (const n of person.nodes) {
    const article = articles.get(n.articleId);
    const quote = article?.quotes[n.index];
    if (!article || !quote) return undefined;
    nodes.push({ article, quote, key: quoteKey(n.articleId, n.index) });
  }
  return speakerView({ name: person.name, aliases: person.aliases, nodes }, (n) => versions.get(n.key) ?? 1);
}
