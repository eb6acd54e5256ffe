/**
 * A family page and a person's page answered from the families store's rows without reading every
 * row (schema v6): the family groups holding an article say which articles' rows a family spans,
 * and a family is a connected component, so restoring those rows alone and grouping them gives
 * that family whole (docs/DESIGN.md "A page after a restart reads its family's rows").
 *
 * `read` is the store's `readFamilyGroups` (the benchmark passes rows held in memory). Every
 * answer is undefined when the stored families cannot give it (behind the articles, mid-build,
 * groups not in step, a row missing or damaged): the caller then reads the families whole.
 */
import type { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies, type FamilyArticle, type QuoteFamily } from '@/utils/families/quote-families';
import { speakerView, type CreditedQuote, type Speaker, type SpeakerView } from '@/utils/families/speakers';
import { quoteKey, type FamilyGroupsRead, type FamilyRow } from '@/utils/storage/family-rows';
import type { FamilyRef } from '@/utils/families/family-view';
import type { Quote } from '@/utils/types';

export type ReadFamilyGroups = (ids: readonly string[], withGroups: boolean) => Promise<FamilyGroupsRead>;

/** The family of the quote (or passage) at `ref`, from its group's rows; null when there is none there. */
export async function familyFromRows(index: CoverageIndex, ref: FamilyRef, read: ReadFamilyGroups): Promise<QuoteFamily | null | undefined> {
  const own = await read([ref.articleId], true);
  if (!own.current) return undefined;
  if (!own.rows[0]) return null;
  const alone = QuoteFamilies.restore(index, [own.rows[0]]);
  if (!alone) return undefined;
  const node = alone.nodeAt(ref.articleId, ref.offset);
  const key = node && quoteKey(ref.articleId, node.index);
  const groups = own.groups.filter((g) => (key ? g.quotes.includes(key) : g.passages.some(([id, start, end]) => id === ref.articleId && start <= ref.offset && ref.offset < end)));
  // No group: a quote of one version, or no quote or passage there.
  if (groups.length === 0) return (node && alone.familyOf(node)) ?? null;
  const ids = [...new Set(groups.flatMap((g) => g.articles))];
  const spanned = await read(ids, false);
  const rows = spanned.rows.filter((r): r is FamilyRow => r !== undefined);
  const some = spanned.current && rows.length === ids.length ? QuoteFamilies.restore(index, rows) : undefined;
  return some ? some.familyAt(ref.articleId, ref.offset) ?? null : undefined;
}

/** A row of the speakers list: a credited quote and its place in the library (the quotes store's key). */
export interface ListedQuote extends CreditedQuote {
  articleId: string;
  index: number;
}

/** A person's page from their quotes' articles' rows and groups (a quote's versions: its group's, 1 without one). */
export async function speakerFromRows(person: Speaker<ListedQuote>, read: ReadFamilyGroups): Promise<SpeakerView | undefined> {
  const ids = [...new Set(person.nodes.map((n) => n.articleId))];
  const got = await read(ids, true);
  if (!got.current) return undefined;
  const rows = new Map(got.rows.flatMap((r) => (r ? [[r.articleId, r] as const] : [])));
  const versions = new Map(got.groups.flatMap((g) => g.quotes.map((k) => [k, g.versions] as const)));
  const nodes: Array<{ article: FamilyArticle; quote: Quote; key: string }> = [];
  for (const n of person.nodes) {
    const article = rows.get(n.articleId)?.article;
    const quote = article?.quotes[n.index];
    if (!article || !quote) return undefined;
    nodes.push({ article, quote, key: quoteKey(n.articleId, n.index) });
  }
  return speakerView({ name: person.name, aliases: person.aliases, nodes }, (n) => versions.get(n.key) ?? 1);
}
