/**
 * Search of the saved library's names, as the library page's search box needs it: one document
 * per article (title and outlet), prefix matching as the reader types, and a little typo
 * tolerance. The only module that imports minisearch.
 *
 * Article text is searched through the coverage index's postings instead
 * (`CoverageIndex.searchText`): MiniSearch over the whole text of 10,000 real articles measured
 * 13-26 s to build, and the index already holds those words. Quote retrieval does not use
 * MiniSearch either (README, Performance).
 *
 * ```ts
 * const search = new LibrarySearch();
 * for (const a of saved) search.add(a);
 * search.search('ians minerals'); // ids, best first
 * ```
 */
import MiniSearch from 'minisearch';
import { normalizeText } from '@/utils/text/normalize';
import type { ArticleRef } from '@/utils/types';

export type SearchableArticle = Pick<ArticleRef, 'id' | 'title' | 'outlet'>;

export class LibrarySearch {
  private readonly mini = new MiniSearch<SearchableArticle>({
    fields: ['title', 'outlet'],
    storeFields: [],
    // Same folding as the rest of Verbatim: quote marks, case, British/American spelling.
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: { boost: { title: 2 }, combineWith: 'AND' },
  });

  /** Adds an article, replacing an earlier version with the same id. */
  add(article: SearchableArticle): void {
    if (this.mini.has(article.id)) this.mini.discard(article.id);
    this.mini.add({ id: article.id, title: article.title, outlet: article.outlet });
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /**
   * Ids of the articles whose title and outlet match every word of `query`, best first. Exact
   * words first; only when nothing matches exactly do prefixes (a word still being typed) and
   * small typos count, so a precise query is never diluted by near-misses.
   */
  search(query: string): string[] {
    const exact = this.mini.search(query);
    const hits = exact.length ? exact : this.mini.search(query, { prefix: true, fuzzy: 0.15 });
    return hits.map((hit) => String(hit.id));
  }
}
