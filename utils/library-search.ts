/**
 * Full-text search of the saved library, as the library page's search box needs it: one document
 * per article (title, outlet, text), prefix matching as the reader types, and a little typo
 * tolerance. The only module that imports minisearch.
 *
 * Quote retrieval does not use this: the coverage index (utils/coverage-index.ts) keeps compact
 * per-sentence postings of its own, because MiniSearch with one document per sentence measured
 * 43 s to load and 628 MB of heap at 10,000 saved articles (README, Performance).
 *
 * ```ts
 * const search = new LibrarySearch();
 * for (const a of saved) search.add(a);
 * search.search('minerals gor'); // ids, best first
 * ```
 */
import MiniSearch from 'minisearch';
import { normalizeText } from '@/utils/normalize';

export interface SearchableArticle {
  id: string;
  title: string;
  outlet: string;
  text: string;
}

export class LibrarySearch {
  private readonly mini = new MiniSearch<SearchableArticle>({
    fields: ['title', 'outlet', 'text'],
    storeFields: [],
    // Same folding as the rest of Verbatim: quote marks, case, British/American spelling.
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: { boost: { title: 3, outlet: 2 }, combineWith: 'AND' },
  });

  /** Adds an article, replacing an earlier version with the same id. */
  add(article: SearchableArticle): void {
    if (this.mini.has(article.id)) this.mini.discard(article.id);
    this.mini.add({ id: article.id, title: article.title, outlet: article.outlet, text: article.text });
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /**
   * Ids of the articles matching every word of `query`, best first. Exact words first; only when
   * nothing matches exactly do prefixes (a word still being typed) and small typos count, so a
   * precise query is never diluted by near-misses.
   */
  search(query: string): string[] {
    const exact = this.mini.search(query);
    const hits = exact.length ? exact : this.mini.search(query, { prefix: true, fuzzy: 0.15 });
    return hits.map((hit) => String(hit.id));
  }
}
