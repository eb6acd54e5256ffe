/**
 * A family page and a person's page answered from the families' stored groups and pages without
 * reading every family row: the family groups holding an article say which family a quote or
 * passage belongs to, and that family's page row holds its page whole (schema v9; docs/DESIGN.md
 * "A family page reads its own page row", "A family page is stored whole").
 *
 * `read` is the store's `readFamilyGroups` and `records` its saved articles (the benchmark passes
 * rows held in memory). Every answer is undefined when the stored families cannot give it (behind
 * the articles, mid-build, groups not in step, a page missing or damaged): the caller then reads
 * the families whole.
 */
import { metaOf, quoteIndexAt, savedOrder } from '@/utils/families/quote-families';
import { familyPageView } from '@/utils/families/family-pages';
import { articleOrder, speakerView, type CreditedQuote, type ShownQuote, type Speaker, type SpeakerView } from '@/utils/families/speakers';
import { quoteKey, type FamilyGroupsRead } from '@/utils/storage/family-rows';
import type { QuoteKey, QuoteRow } from '@/utils/storage/quote-rows';
import { familyView, type FamilyRef, type FamilyView } from '@/utils/families/family-view';
import type { StoredArticle } from '@/utils/types';

/** The groups holding some articles and the page rows of some groups (by id). */
export type ReadFamilyGroups = (articleIds: readonly string[], pageIds: readonly string[]) => Promise<FamilyGroupsRead>;
/** Saved articles by id (undefined: not saved). */
export type ReadArticles = (ids: readonly string[]) => Promise<Map<string, StoredArticle | undefined>>;

/** The family page of the quote (or passage) at `ref`, from its stored page; null when there is none there. */
export async function familyViewFromRows(ref: FamilyRef, read: ReadFamilyGroups, records: ReadArticles): Promise<FamilyView | null | undefined> {
  const [own, got] = await Promise.all([records([ref.articleId]), read([ref.articleId], [])]);
  if (!got.current) return undefined;
  const article = own.get(ref.articleId);
  if (!article) return null;
  const index = quoteIndexAt(article.quotes, ref.offset);
  const key = index === undefined ? undefined : quoteKey(ref.articleId, index);
  const groups = got.groups.filter((g) => (key ? g.quotes.includes(key) : g.passages.some(([id, start, end]) => id === ref.articleId && start <= ref.offset && ref.offset < end)));
  // No group: a quote of one version (its renderings found no saved version), or no quote or passage there.
  if (groups.length === 0) {
    if (index === undefined) return null;
    return familyView({ key: 0, nodes: [{ id: 0, article: metaOf(article), index, quote: article.quotes[index], renderings: new Map() }], passages: [], links: [] }, () => undefined);
  }
  const pages = await read([], groups.map((g) => g.id));
  const stored = pages.current ? pages.pages.map((p) => p && familyPageView(p)) : [];
  if (stored.length === 0 || stored.some((p) => !p)) return undefined;
  // A passage two families render: the one the whole families list first (its earliest saved quote).
  const order = (p: { first: [number, string, number] }) => ({ savedAt: p.first[0], id: p.first[1] });
  return (stored as NonNullable<(typeof stored)[number]>[]).reduce((a, b) => (savedOrder(order(b), b.first[2], order(a), a.first[2]) < 0 ? b : a)).view;
}

/** A row of the speakers list: a credited quote and its place in the library (the quotes store's key). */
export interface ListedQuote extends CreditedQuote {
  articleId: string;
  index: number;
  /** Its article's save time: the list's order (save order) follows it. */
  savedAt: number;
  /** Its article's date: a person's page picks the quotes it shows by it before reading any row. */
  date: string | null;
}

/** Quote rows by key, as stored (undefined: none); the store's `getQuotesAt`. */
export type ReadQuotes = (keys: readonly QuoteKey[]) => Promise<(QuoteRow | undefined)[]>;

/**
 * A person's page from their quotes' rows (title and url included since schema v10) and the groups
 * holding them (a quote's versions: its group's, 1 without one). A row that is not the listed quote
 * as saved (missing, another save, or written before v10) is taken from its article read whole.
 */
export async function speakerFromRows(person: Speaker<ListedQuote>, read: ReadFamilyGroups, quotes: ReadQuotes, records: ReadArticles, limit = Infinity): Promise<SpeakerView | undefined> {
  const ordered = limit < person.nodes.length ? [...person.nodes].sort(articleOrder) : undefined;
  // Only the shown quotes' rows are read: the first `limit` in the page's order, and the rest of the last one's article (its quotes are ordered by place, which the list does not hold).
  const listed = ordered ? ordered.slice(0, lastOfArticle(ordered, limit - 1) + 1) : person.nodes;
  const ids = [...new Set(listed.map((n) => n.articleId))];
  const [got, rows] = await Promise.all([read(ids, []), quotes(listed.map((n) => [n.articleId, n.index] as const))]);
  if (!got.current) return undefined;
  const fits = (row: QuoteRow | undefined, n: ListedQuote): row is QuoteRow =>
    row !== undefined && row.savedAt === n.savedAt && row.speaker === n.quote.speaker && typeof row.title === 'string' && typeof row.url === 'string';
  const unfit = [...new Set(listed.filter((n, i) => !fits(rows[i], n)).map((n) => n.articleId))];
  const articles = unfit.length ? await records(unfit) : new Map<string, StoredArticle | undefined>();
  const versions = new Map(got.groups.flatMap((g) => g.quotes.map((k) => [k, g.versions] as const)));
  const nodes: Array<ShownQuote & { key: string }> = [];
  for (const [i, n] of listed.entries()) {
    const key = quoteKey(n.articleId, n.index);
    const row = rows[i];
    if (fits(row, n)) {
      const { articleId: id, outlet, title, url, date, savedAt, text, start, speaker } = row;
      nodes.push({ article: { id, outlet, title, url, date, savedAt }, quote: { text, start, speaker }, key });
      continue;
    }
    const article = articles.get(n.articleId);
    const quote = article?.quotes[n.index];
    if (!article || !quote) return undefined;
    nodes.push({ article, quote, key });
  }
  const view = speakerView({ name: person.name, aliases: person.aliases, nodes }, (n) => versions.get(n.key) ?? 1, limit);
  return ordered ? { ...view, outlets: [...new Set(ordered.map((n) => n.article.outlet))], total: ordered.length } : view;
}

/** The place of the last quote of the article at `i` in quotes ordered by `articleOrder` (an article's quotes are together there). */
function lastOfArticle(ordered: readonly ListedQuote[], i: number): number {
  let last = i;
  while (last + 1 < ordered.length && ordered[last + 1].articleId === ordered[i].articleId) last++;
  return last;
}
