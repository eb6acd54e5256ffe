/**
 * The family groups and pages a write stores: each regrouped family's group row and, from schema v9,
 * its page whole (`familyView`'s versions, kinds and diffs against the reference), so a family page
 * after a worker restart reads one row and aligns nothing (docs/DESIGN.md "A family page is stored
 * whole"). A version not linked to the reference directly is matched again on its article's text
 * (`familyTextIds`): the writer reads those texts first (`regroupedTextIds`), after taking the
 * matches the replaced pages made (`keepRematches`), so only versions new to a family are matched.
 */
import { familyId, groupRowOf, savedOrder, type QuoteFamilies, type QuoteFamily, type RegroupedFamilies } from '@/utils/families/quote-families';
import { familyTextIds, familyVersions, familyViewOf, orderVersions, rematchKey, type FamilyView, type Rematch, type RematchMemo } from '@/utils/families/family-view';
import { familyPageOf, type FamilyGroupsWrite, type FamilyPage, type FamilyPageRow } from '@/utils/storage/family-rows';
import { LruMap } from '@/utils/text/lru-map';
import type { StoredArticle } from '@/utils/types';

/** Matches made again kept per families (a few kB each): a save rewrites the pages of the families it touches, most of whose versions were matched before. */
const REMATCHES_KEPT = 5_000;
const memos = new WeakMap<QuoteFamilies, RematchMemo>();

/** The matches made again for these families' pages, kept while they are. */
export function rematchMemo(families: QuoteFamilies): RematchMemo {
  let memo = memos.get(families);
  if (!memo) memos.set(families, (memo = new LruMap<string, { match: Rematch | null }>(REMATCHES_KEPT)));
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
  const { versions, rematched } = familyVersions(f, resolve, memo);
  orderVersions(versions);
  const again = versions.flatMap((v, i) => (rematched.has(v) ? [i] : []));
  const page: FamilyPage = { first: [first.article.savedAt, first.article.id, first.index], versions, rematched: again };
  return { id: familyId(f), page: JSON.stringify(page) };
}

/** The page rows these changes replace or remove (read before the write: `keepRematches`). */
export function replacedPageIds(changes: RegroupedFamilies): string[] {
  return [...new Set([...changes.put.map(familyId), ...changes.remove])];
}

/** Keeps the matches stored pages made again on texts, so writing those families again matches only what is new. */
export function keepRematches(memo: RematchMemo, rows: ReadonlyArray<FamilyPageRow | undefined>): void {
  for (const row of rows) {
    const page = row && familyPageOf(row);
    const ref = page?.versions.find((v) => v.reference);
    if (!page || !ref) continue;
    for (const i of page.rematched) {
      const v = page.versions[i];
      // A passage's line shows the match's speaker when it has one: kept as shown, it reads the same.
      const match: Rematch | null = v.kind === null ? null : { kind: v.kind, similarity: v.similarity, speakerConflict: v.speakerConflict, meaningChanges: v.meaningChanges, diff: v.diff, speaker: v.speaker };
      memo.set(rematchKey({ id: ref.articleId, savedAt: ref.savedAt }, ref.start, { id: v.articleId, savedAt: v.savedAt }, v), { match });
    }
  }
}

/** A stored page's view and its family's earliest saved quote; undefined when the row does not parse or fit (a v7 row, a damaged one). */
export function familyPageView(row: FamilyPageRow): { first: FamilyPage['first']; view: FamilyView } | undefined {
  const page = familyPageOf(row);
  return page && { first: page.first, view: familyViewOf(page.versions) };
}
