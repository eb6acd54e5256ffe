/**
 * A person's page from the stored rows (utils/families/family-from-rows.ts `speakerFromRows`): since
 * schema v10 their quotes' rows carry the title and url a page shows, so their articles are read
 * only for rows that are not the listed quote as saved (missing, another save, written before v10).
 */
import { describe, expect, test } from 'vitest';
import v10json from '../../golden/storage/v10.json';
import { speakerFromRows, type ListedQuote } from '@/utils/families/family-from-rows';
import { speakerView, type Speaker } from '@/utils/families/speakers';
import { quoteKey, type FamilyGroupRow } from '@/utils/storage/family-rows';
import { quoteRows, type QuoteRow } from '@/utils/storage/quote-rows';
import type { LibraryRecord } from '@/utils/storage/library-storage';

const articles = v10json.articles as unknown as LibraryRecord[];
const groups = v10json.familyGroups as unknown as FamilyGroupRow[];
const rows = articles.flatMap(quoteRows);
/** Everyone credited in the fixture as one person (each quote's alias its credited name): every article is theirs. */
const credited = rows.filter((r) => r.speaker);
const person: Speaker<ListedQuote> = {
  name: credited[0].speaker!,
  aliases: [...new Set(credited.map((r) => r.speaker!))],
  nodes: credited.map((r) => ({ quote: { speaker: r.speaker }, article: { outlet: r.outlet }, articleId: r.articleId, index: r.index, savedAt: r.savedAt, date: r.date })),
};
const versions = new Map(groups.flatMap((g) => g.quotes.map((k) => [k, g.versions] as const)));
/** The page as read from the articles whole (the code before v10). */
const fromArticles = speakerView(
  { ...person, nodes: person.nodes.map((n) => { const a = articles.find((x) => x.id === n.articleId)!; return { article: a, quote: a.quotes[n.index], key: quoteKey(n.articleId, n.index) }; }) },
  (n) => versions.get(n.key) ?? 1,
);
const first = credited[0];
const second = credited.find((r) => r.articleId !== first.articleId)!;
const same = (r: QuoteRow, o: QuoteRow) => r.articleId === o.articleId && r.index === o.index;

describe('speakerFromRows', () => {
  test.each<[string, (r: QuoteRow) => QuoteRow | undefined, string[]]>([
    ['every row as saved: no article read', (r) => r, []],
    ['a row missing: its article read', (r) => (same(r, first) ? undefined : r), [first.articleId]],
    ['a row of another save of its article: its article read', (r) => (same(r, second) ? { ...r, savedAt: r.savedAt - 1 } : r), [second.articleId]],
    ['a row credited to another name: its article read', (r) => (same(r, first) ? { ...r, speaker: 'Someone Else' } : r), [first.articleId]],
    ['a row written before v10 (no title or url): its article read', (r) => { if (!same(r, second)) return r; const { title: _t, url: _u, ...old } = r; return old as QuoteRow; }, [second.articleId]],
  ])('%s; the page is the one read from the articles', async (_label, stored, expectRead) => {
    expect(new Set(credited.map((r) => r.articleId)).size).toBeGreaterThan(2);
    const read: string[] = [];
    const view = await speakerFromRows(
      person,
      async (ids) => ({ current: true, groups: groups.filter((g) => g.articles.some((a) => ids.includes(a))), pages: [] }),
      async (keys) => keys.map(([id, index]) => { const r = rows.find((x) => x.articleId === id && x.index === index); return r && stored(r); }),
      async (ids) => { read.push(...ids); return new Map(ids.map((id) => [id, articles.find((a) => a.id === id)])); },
    );
    expect(view).toEqual(fromArticles);
    expect(read).toEqual(expectRead);
    expect(fromArticles.quotes.some((q) => q.versions > 1)).toBe(true);
  });

  test('a page of the first `limit` quotes, for every limit: the whole page cut there, the whole count and outlets; only the shown articles\' rows read', async () => {
    const total = fromArticles.total;
    expect(total).toBeGreaterThan(3);
    expect(new Set(fromArticles.quotes.map((q) => q.date)).size).toBeGreaterThan(1);
    for (let limit = 1; limit <= total + 1; limit++) {
      const readKeys: string[] = [];
      const readIds: string[] = [];
      const view = await speakerFromRows(
        person,
        async (ids) => { readIds.push(...ids); return { current: true, groups: groups.filter((g) => g.articles.some((a) => ids.includes(a))), pages: [] }; },
        async (keys) => keys.map(([id, index]) => { readKeys.push(quoteKey(id, index)); return rows.find((x) => x.articleId === id && x.index === index); }),
        async () => new Map(),
        limit,
      );
      expect(view).toEqual({ ...fromArticles, quotes: fromArticles.quotes.slice(0, limit) });
      // The rows read are the shown quotes' articles' quotes, no other article's.
      const shownArticles = new Set(fromArticles.quotes.slice(0, limit).map((q) => q.articleId));
      expect(new Set(readIds)).toEqual(shownArticles);
      expect(readKeys.length).toBe(person.nodes.filter((n) => shownArticles.has(n.articleId)).length);
    }
  });

  test('families not in step with the articles: no page (the caller reads them whole)', async () => {
    const view = await speakerFromRows(person, async () => ({ current: false, groups: [], pages: [] }), async (keys) => keys.map(() => undefined), async () => new Map());
    expect(view).toBeUndefined();
  });
});
