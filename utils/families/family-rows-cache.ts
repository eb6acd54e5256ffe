/**
 * The family groups, page rows and saved articles pages read from the store (family-from-rows),
 * kept for the next page while the articles stay at one generation: a page opened again, or
 * another page of the same articles, reads nothing from IndexedDB (docs/DESIGN.md "A page opened
 * again reads no rows"). A cache serves one generation; the library drops it on any write.
 * Bounded, least recently used.
 */
import type { ReadArticles, ReadFamilyGroups } from '@/utils/families/family-from-rows';
import type { FamilyGroupRow, FamilyGroupsRead, FamilyPageRow } from '@/utils/storage/family-rows';
import type { StoredArticle } from '@/utils/types';
import { LruMap } from '@/utils/text/lru-map';

/** Per kind (articles' groups, pages, articles); a page row or an article is a few kilobytes. */
export const FAMILY_ROWS_KEPT = 2_000;

export class FamilyRowsCache {
  /** The groups holding an article, in key order. */
  private readonly groups: LruMap<string, FamilyGroupRow[]>;
  /** A family's page row (null: the store had none). */
  private readonly pages: LruMap<string, FamilyPageRow | null>;
  /** A saved article a page read (null: not saved). */
  private readonly articles: LruMap<string, StoredArticle | null>;
  /** A read found the stored families current at this generation (until then, even a read of nothing asks the store). */
  private confirmed = false;

  constructor(readonly generation: number, private readonly read: ReadFamilyGroups, private readonly readArticles: ReadArticles, capacity = FAMILY_ROWS_KEPT) {
    this.groups = new LruMap(capacity);
    this.pages = new LruMap(capacity);
    this.articles = new LruMap(capacity);
  }

  /** As `read`, from what earlier reads kept; the store is read for the rest only. Not current: nothing kept. */
  readonly readFamilyGroups: ReadFamilyGroups = async (articleIds, pageIds) => {
    const missingGroups = [...new Set(articleIds)].filter((id) => this.groups.get(id) === undefined);
    const missingPages = [...new Set(pageIds)].filter((id) => this.pages.get(id) === undefined);
    if (missingGroups.length > 0 || missingPages.length > 0 || !this.confirmed) {
      const got = await this.read(missingGroups, missingPages);
      if (!got.current) return got;
      this.confirmed = true;
      // In key order, as the store's index gives an article's groups.
      for (const id of missingGroups) this.groups.set(id, got.groups.filter((g) => g.articles.includes(id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      missingPages.forEach((id, i) => this.pages.set(id, got.pages[i] ?? null));
    }
    // Read back from the maps (what the store just gave is in them): a capacity below one page's ids reads on every ask.
    const held = articleIds.map((id) => this.groups.get(id));
    const pages = pageIds.map((id) => this.pages.get(id));
    if (held.some((g) => g === undefined) || pages.some((p) => p === undefined)) return this.read(articleIds, pageIds);
    const groups = new Map(held.flatMap((gs) => gs!.map((g) => [g.id, g] as const)));
    return { current: true, groups: [...groups.values()], pages: pages.map((p) => p ?? undefined) } satisfies FamilyGroupsRead;
  };

  /** As `readArticles`, from what earlier reads kept. */
  readonly readRecords: ReadArticles = async (ids) => {
    const missing = [...new Set(ids)].filter((id) => this.articles.get(id) === undefined);
    const read = missing.length > 0 ? await this.readArticles(missing) : new Map<string, StoredArticle | undefined>();
    for (const id of missing) this.articles.set(id, read.get(id) ?? null);
    return new Map(ids.map((id) => [id, this.articles.get(id) ?? read.get(id) ?? undefined]));
  };
}
