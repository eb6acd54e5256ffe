/**
 * Recall that does not depend on the library (issue 12): the Port Calder story's three outlets,
 * then six unrelated articles we wrote that share the plant quote's common words (plant, water,
 * household, years, council). Under a global top-6 of passages those six took the slots and
 * changed every word's rarity; a candidate is now decided from the quote and the article alone.
 */
import { describe, expect, test } from 'vitest';
import { compareArticle } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import type { StoredArticle } from '@/utils/types';
import { article, harbor, ledger, PLANT_QUOTE, reprint, wire } from './articles';

const UNRELATED: StoredArticle[] = [
  ['Ridgefield Echo', 'The new power plant will supply electricity for every household in Ridgefield for the next thirty years, the utility said. The council approved the plant in a water-tight vote.'],
  ['Mesa Courier', 'Every household in Mesa will pay more for drinking water next year. The water board blamed the plant upgrade and the council for the delay of four years.'],
  ['Dunmore Gazette', 'A bottling plant will secure jobs for the next forty years, its owner said. Every household in Dunmore was sent a letter about the water used by the plant.'],
  ['Lakeside Post', 'The council will secure funding for the water park next year. Every household can vote on the plan, which would run for forty years.'],
  ['Hillcrest Herald', 'Drinking water at the school was tested after the chemical plant leak. Parents said every household deserves safe water for years to come.'],
  ['Northgate News', 'The recycling plant will take waste from every household in Northgate. The council said the plant would pay for itself in forty years and secure water for the park.'],
].map(([outlet, text], i) => article({ id: `https://unrelated${i}.example/story`, url: `https://unrelated${i}.example/story`, outlet, title: `Unrelated ${i}`, date: '2026-03-01', paragraphs: text.split(/(?<=\.) /) }));

function matchedIds(saved: StoredArticle[]): string[] {
  const index = new CoverageIndex();
  for (const a of saved) index.add(a);
  const stored = new Map(saved.map((a) => [a.id, a]));
  const { quotes } = compareArticle(harbor, harbor.quotes, index, (id) => stored.get(id));
  return quotes.find((r) => r.quote.text.startsWith(PLANT_QUOTE))!.matches.map((m) => m.articleId).sort();
}

/** A second story, told altered and in part: the Fenwick library's hours (names invented). */
const QUILL_QUOTE = 'We will keep the Fenwick library open every weekday for the next ten years, whatever the budget says';
const gazette = article({
  id: 'https://fenwickgazette.example/library', outlet: 'Fenwick Gazette', title: 'Library stays open', date: '2026-04-02', speaker: 'Mara Quill',
  paragraphs: ['The Fenwick council met on Monday.', `“${QUILL_QUOTE},” councillor Mara Quill said.`, 'The vote is next month.'],
});
const courier = article({
  id: 'https://rivercourier.example/fenwick-library', outlet: 'River Courier', title: 'Quill: library hours safe', date: '2026-04-02', speaker: 'Mara Quill',
  paragraphs: ['Councillor Mara Quill spoke after the meeting.', '“We will keep the library open every weekday for the next decade, whatever the budget says,” Quill said.', 'Some members disagreed.'],
});
const bulletin = article({
  id: 'https://valleybulletin.example/quill', outlet: 'Valley Bulletin', title: 'Library promise', date: '2026-04-03', speaker: 'Mara Quill',
  paragraphs: ['Quill promised to keep the branch “open every weekday for the next ten years” in Fenwick.', 'Readers welcomed the news.'],
});
/** Unrelated stories that use the quote's common words, several times each. */
const CROWD: StoredArticle[] = [
  'The museum library will keep its doors open every weekday. The museum budget says the library stays open for the next ten years. Every weekday the library is open.',
  'The pool library will be open every weekday next summer. The budget says the library can stay open for ten years. Keep the library open, swimmers said.',
  'Whatever the budget says, the school library will keep buses running every weekday. The library budget for the next ten years says buses stay.',
  'The market library is open every weekday. Traders will keep the library for the next ten years whatever the rent. The budget says rents rise.',
  'The clinic library will keep its hours: open every weekday. The library budget says it can for the next ten years. Whatever happens, keep it open.',
  'The park library will stay open every weekday for the next ten years. The library budget says so. Keep the library open, whatever the council says.',
].map((text, i) => article({ id: `https://crowd${i}.example/story`, url: `https://crowd${i}.example/story`, outlet: `Crowd Outlet ${i}`, title: `Crowd ${i}`, date: '2026-04-01', paragraphs: text.split(/(?<=\.) /) }));

function quillMatches(saved: StoredArticle[]): string[] {
  const index = new CoverageIndex();
  for (const a of saved) index.add(a);
  const stored = new Map(saved.map((a) => [a.id, a]));
  const { quotes } = compareArticle(gazette, gazette.quotes, index, (id) => stored.get(id));
  return quotes.find((r) => r.quote.text.startsWith(QUILL_QUOTE))!.matches.map((m) => m.articleId).sort();
}

describe('an altered and a partial rendering survive six unrelated articles sharing common words', () => {
  const story = [gazette, courier, bulletin];
  const expected = [bulletin.id, courier.id].sort();

  test.each([
    ['the story alone', story],
    ['six unrelated articles saved after it', [...story, ...CROWD]],
    ['six unrelated articles saved before it', [...CROWD, ...story]],
  ])('%s: found in both other outlets', (_name, saved) => {
    expect(quillMatches(saved)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a crowded library finds what the story alone finds', () => {
  const story = [harbor, ledger, wire, reprint];

  test('the story alone: the plant quote in the three other outlets', () => {
    expect(matchedIds(story)).toEqual([ledger.id, reprint.id, wire.id].sort());
  });

  test.each([
    ['six unrelated articles saved after the story', [...story, ...UNRELATED]],
    ['six unrelated articles saved before the story', [...UNRELATED, ...story]],
    ['the unrelated articles saved three times over (other ids)', [...story, ...[0, 1, 2].flatMap((k) => UNRELATED.map((a) => ({ ...a, id: `${a.id}#${k}`, url: `${a.url}?copy=${k}` })))]],
  ])('%s: the same matches', (_name, saved) => {
    expect(matchedIds(saved)).toEqual([ledger.id, reprint.id, wire.id].sort());
  });

  test('the unrelated articles share the quote\'s words, yet none carries the quote', () => {
    const index = new CoverageIndex();
    for (const a of UNRELATED) index.add(a);
    expect(index.searchArticles(['plant', 'household', 'water']).length).toBe(UNRELATED.length);
    expect(matchedIds(UNRELATED)).toEqual([]);
  });
});
