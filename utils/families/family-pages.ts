/**
 * The family groups and pages a write stores: each regrouped family's group row and, from schema v8,
 * its page whole (`familyView`'s versions, kinds and diffs against the reference), so a family page
 * after a worker restart reads one row and aligns nothing (docs/DESIGN.md "A family page is stored
 * whole"). A version not linked to the reference directly is matched again on its article's text
 * (`familyTextIds`): the writer reads those texts first (`regroupedTextIds`).
 */
import { familyId, groupRowOf, savedOrder, type QuoteFamilies, type QuoteFamily, type RegroupedFamilies } from '@/utils/families/quote-families';
import { familyTextIds, familyView, familyViewOf, type FamilyView, type RematchMemo } from '@/utils/families/family-view';
import { familyPageOf, type FamilyGroupsWrite, type FamilyPage, type FamilyPageRow } from '@/utils/storage/family-rows';
import { LruMap } from '@/utils/text/lru-map';
import type { QuoteMatch, StoredArticle } from '@/utils/types';

/** Matches made again kept per families (a few kB each): a save rewrites the pages of the families it touches, most of whose versions were matched before. */
const REMATCHES_KEPT = 5_000;
const memos = new WeakMap<QuoteFamilies, RematchMemo>();

/** The matches made again for these families' pages, kept while they are. */
export function rematchMemo(families: QuoteFamilies): RematchMemo {
  let memo = memos.get(families);
  if (!memo) memos.set(families, (memo = new LruMap<string, { match: QuoteMatch | null }>(REMATCHES_KEPT)));
  return memo;
}

/** The saved articles whose texts the changed families' pages read (none for matches `memo` keeps). */
export function regroupedTextIds(changes: RegroupedFamilies, memo?: RematchMemo): string[] {
  return [...new Set(changes.put.flatMap((f) => familyTextIds(f, memo)))];
}

/** The groups and pages to write for these changes; `resolve` gives at least the articles `regroupedTextIds` names. */
export function familyGroupsWrite(changes: RegroupedFamilies, resolve: (id: string) => StoredArticle | undefined, memo?: RematchMemo): FamilyGroupsWrite {
  return { put: changes.put.map(groupRowOf), pages: changes.put.map((f) => familyPageRowOf(f, resolve, memo)), remove: changes.remove, all: changes.all };
}

/** A family's page row: its page's versions and its earliest saved quote. */
export function familyPageRowOf(f: QuoteFamily, resolve: (id: string) => StoredArticle | undefined, memo?: RematchMemo): FamilyPageRow {
  const first = f.nodes.reduce((a, b) => (savedOrder(b.article, b.index, a.article, a.index) < 0 ? b : a));
  const page: FamilyPage = { first: [first.article.savedAt, first.article.id, first.index], versions: familyView(f, resolve, memo).versions };
  return { id: familyId(f), page: JSON.stringify(page) };
}

/** A stored page's view and its family's earliest saved quote; undefined when the row does not parse or fit (a v7 row, a damaged one). */
export function familyPageView(row: FamilyPageRow): { first: FamilyPage['first']; view: FamilyView } | undefined {
  const page = familyPageOf(row);
  return page && { first: page.first, view: familyViewOf(page.versions) };
}
