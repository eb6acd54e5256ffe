/**
 * The seeds of issue 14 (seeds/000, seeds/001): reading one with the other saved, through the
 * quote finder, the coverage index, the forward compare and the reverse coverage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { planComparison, runComparison } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { reverseCoverage } from '@/utils/report/reverse-coverage';
import type { StoredArticle } from '@/utils/types';

const SEEDS = join(__dirname, '../../../seeds');
const meta = JSON.parse(readFileSync(join(SEEDS, 'metadata.json'), 'utf8')) as Record<string, { outlet: string; date: string; title: string }>;

function seed(file: string): StoredArticle {
  const body = articleTextFromLines(readFileSync(join(SEEDS, file), 'utf8'));
  return { id: file, url: '', ...meta[file], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt: 0 };
}

const s000 = seed('000_fa55279f4966502b.txt');
const s001 = seed('001_172d88e8f7af0655.txt');

/** `current` checked with `saved` in the library, as the background runs it. */
function check(current: StoredArticle, saved: StoredArticle) {
  const index = new CoverageIndex();
  index.add(saved);
  const plan = planComparison(current, current.quotes, index);
  const resolve = (id: string) => (id === saved.id ? saved : undefined);
  const comparison = runComparison(plan, resolve);
  const related = plan.related.flatMap((r) => resolve(r.articleId) ?? []);
  return { related, ...reverseCoverage({ article: plan.article, quotes: current.quotes, related, reports: comparison.quotes }) };
}

describe('checking 000 with 001 (IANS) saved', () => {
  const { related, elsewhere, paraphrased } = check(s000, s001);
  const listed = elsewhere.flatMap((g) => g.quotes.map((q) => ({ ...q, group: g.speaker })));

  test('IANS is related coverage', () => {
    expect(related.map((r) => r.outlet)).toEqual(['IANS']);
  });

  test.each([
    ['the cover photo sent to President Trump', 'I took a picture of the cover'],
    ['the LNG offer', 'reliable supplier of LNG'],
    ['the big announcement', 'there will be a big announcement'],
    ['momentum and opportunities', 'What was needed was momentum'],
  ])('%s is quoted elsewhere, not here, under Sergio Gor, by IANS', (_name, words) => {
    const found = listed.filter((q) => q.text.includes(words));
    expect(found).toHaveLength(1);
    expect(found[0].group).toBe('Sergio Gor');
    expect(found[0].outlets).toEqual(['IANS']);
  });

  test('the "indispensable" quote is not listed as missing: 000 paraphrases it', () => {
    expect(listed.filter((q) => q.text.includes('indispensable'))).toEqual([]);
    // "global heights" is a phrase: withheld, not listed.
    expect(listed.filter((q) => q.text.includes('global heights'))).toEqual([]);
  });

  test('the "crucial" sentence paraphrases IANS\'s "indispensable" quote, indispensable -> crucial', () => {
    const hit = paraphrased.filter((p) => p.text.includes('supply chains for critical minerals are crucial'));
    expect(hit).toHaveLength(1);
    expect(s000.text.slice(hit[0].start, hit[0].end)).toBe(hit[0].text);
    const [source] = hit[0].sources;
    expect(source.outlet).toBe('IANS');
    expect(source.quote.text).toContain('indispensable');
    const deleted = source.diff.filter((d) => d.op === 'delete').map((d) => d.text).join(' ');
    const inserted = source.diff.filter((d) => d.op === 'insert').map((d) => d.text).join(' ');
    expect(deleted).toContain('indispensable');
    expect(inserted).toContain('crucial');
    expect(source.meaningChanges).toEqual([]);
    // The sentence is prose: it lies outside 000's quotes.
    for (const q of s000.quotes) for (const p of q.parts) expect(hit[0].end <= p.start || hit[0].start >= p.end).toBe(true);
  });
});

describe('checking 001 (IANS) with 000 saved', () => {
  const { elsewhere, paraphrased } = check(s001, s000);

  test('the "according to the Ambassador" sentence paraphrases 000\'s long quote, ensure the -> secure', () => {
    const hit = paraphrased.filter((p) => p.text.includes('will help secure supply chains'));
    expect(hit).toHaveLength(1);
    const [source] = hit[0].sources;
    expect(source.outlet).toBe('Unnamed outlet');
    expect(source.diff).toEqual(expect.arrayContaining([{ op: 'delete', text: 'ensure the' }, { op: 'insert', text: 'secure' }]));
  });

  test('nothing of 000 is quoted elsewhere, not here ("stay tuned" is a phrase)', () => {
    expect(elsewhere).toEqual([]);
  });
});
