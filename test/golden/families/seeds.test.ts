/**
 * Issue 15 on the seeds (seeds/000, seeds/001), saved one after the other as the library saves
 * them: the long Gor quote is one family of two versions (000's quote and IANS's paraphrase),
 * first seen in the earlier saved (both are dated 2026-03-13); Sergio Gor's page holds every
 * quote of both articles credited to him.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies } from '@/utils/families/quote-families';
import { familyView } from '@/utils/families/family-view';
import { speakerDirectory } from '@/utils/families/speakers';
import { outletFidelity } from '@/utils/families/fidelity';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { StoredArticle } from '@/utils/types';

const SEEDS = join(__dirname, '../../../seeds');
const meta = JSON.parse(readFileSync(join(SEEDS, 'metadata.json'), 'utf8')) as Record<string, { outlet: string; date: string; title: string }>;
const S000 = '000_fa55279f4966502b.txt';
const S001 = '001_172d88e8f7af0655.txt';

function seed(file: string, savedAt: number): StoredArticle {
  const body = articleTextFromLines(readFileSync(join(SEEDS, file), 'utf8'));
  return { id: file, url: '', ...meta[file], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt };
}

/** The seeds saved in this order, each save an incremental update as in the library. */
function saveInOrder(files: string[]) {
  const index = new CoverageIndex();
  const families = new QuoteFamilies(index);
  const stored = new Map<string, StoredArticle>();
  files.forEach((file, i) => {
    const a = seed(file, 1000 * (i + 1));
    stored.set(a.id, a);
    index.add(a);
    families.apply(families.planSave(a), (id) => stored.get(id));
  });
  return { families, stored, resolve: (id: string) => stored.get(id) };
}

const LONG = 'very close today to finalising a critical minerals agreement';

describe.each([
  ['000 saved first', [S000, S001], 'Unnamed outlet'],
  ['001 saved first', [S001, S000], 'IANS'],
])('%s', (_label, order, firstOutlet) => {
  const { families, stored, resolve } = saveInOrder(order);
  const s000 = stored.get(S000)!;
  const long = s000.quotes.find((q) => q.text.includes(LONG))!;

  test('the long Gor quote is one family of two versions: 000 quoted, 001 (IANS) paraphrased', () => {
    expect(long).toBeDefined();
    const family = families.familyAt(S000, long.start)!;
    const view = familyView(family, resolve);
    expect(view.versions).toHaveLength(2);
    expect(view.reference).toMatchObject({ articleId: S000, form: 'quote', text: long.text });
    const other = view.versions.find((v) => !v.reference)!;
    expect(other).toMatchObject({ articleId: S001, outlet: 'IANS', form: 'passage', kind: 'paraphrase' });
    expect(other.text).toContain('will help secure supply chains');
    expect(other.diff).toEqual(expect.arrayContaining([{ op: 'insert', text: 'secure' }]));
  });

  test(`first seen in your library: the earlier saved (${firstOutlet}), the date tie marked`, () => {
    const view = familyView(families.familyAt(S000, long.start)!, resolve);
    expect(view.firstSeen).toMatchObject({ outlet: firstOutlet, date: '2026-03-13', tiedOnDate: true, undated: 0 });
  });

  test('the IANS paraphrase opens the same family', () => {
    const family = families.familyAt(S000, long.start)!;
    const passage = family.passages[0];
    expect(families.familyAt(S001, passage.start + 1)).toBe(family);
  });

  test("Sergio Gor's page lists every quote both articles credit to him", () => {
    const gor = speakerDirectory(families.allNodes()).find((s) => s.name === 'Sergio Gor')!;
    const credited = [...stored.values()].flatMap((a) => a.quotes.filter((q) => q.speaker === 'Sergio Gor' || q.speaker === 'Gor').map((q) => `${a.id}@${q.start}`));
    expect(credited.length).toBeGreaterThan(5);
    expect(gor.nodes.map((n) => `${n.article.id}@${n.quote.start}`).sort()).toEqual(credited.sort());
    expect(new Set(gor.nodes.map((n) => n.article.id))).toEqual(new Set([S000, S001]));
  });

  test('fidelity: IANS renders the long quote as a paraphrase, 000 the "indispensable" one', () => {
    const rows = outletFidelity(families.families());
    expect(rows.find((r) => r.outlet === 'IANS')?.kinds.paraphrase).toBeGreaterThanOrEqual(1);
    expect(rows.find((r) => r.outlet === 'Unnamed outlet')?.kinds.paraphrase).toBeGreaterThanOrEqual(1);
  });
});
