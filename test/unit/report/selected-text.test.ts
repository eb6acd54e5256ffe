/**
 * "Check the selected text as a quote" (utils/report/selected-text.ts, Library.compareSelection):
 * what a selection is read as, and how the library renders it, on the seeds (000 at PAGE0 as
 * "Daily Courier", 001 at PAGE1 as IANS), against the page check of the same words.
 */
import { describe, expect, test } from 'vitest';
import { readSelection, type SelectionInput, type SelectionReading } from '@/utils/report/selected-text';
import { MAX_SELECTION_WORDS } from '@/utils/report/selection-limit';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { check, library, PAGE0, PAGE1, pages, save, seed0, seed1, STORAGE_KINDS, useStorage } from '../library/library-fixture';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readSelection', () => {
  test.each<[string, SelectionInput, SelectionReading]>([
    ['nothing', {}, { ok: false, reason: 'empty', words: 0 }],
    ['null', { text: null }, { ok: false, reason: 'empty', words: 0 }],
    ['whitespace and line breaks', { text: ' \n\t \u00A0' }, { ok: false, reason: 'empty', words: 0 }],
    ['quote marks alone', { text: '“ ”' }, { ok: false, reason: 'empty', words: 0 }],
    ['punctuation alone', { text: '— … ,' }, { ok: false, reason: 'empty', words: 0 }],
    ['an image, no text', { text: '', media: true }, { ok: false, reason: 'non-text', words: 0 }],
    ['an image with only a line break', { text: '\n', media: true }, { ok: false, reason: 'non-text', words: 0 }],
    ['text beside an image is text', { text: 'We are close', media: true }, { ok: true, text: 'We are close', words: 3 }],
    ['plain words', { text: 'We are close' }, { ok: true, text: 'We are close', words: 3 }],
    ['curly marks around', { text: '“We are close,”' }, { ok: true, text: 'We are close,', words: 3 }],
    ['straight marks and spaces around', { text: '  "We are close."  ' }, { ok: true, text: 'We are close.', words: 3 }],
    ['only the opening mark selected', { text: '“We are close' }, { ok: true, text: 'We are close', words: 3 }],
    ['only the closing mark selected', { text: 'We are close.”' }, { ok: true, text: 'We are close.', words: 3 }],
    ['guillemets', { text: '« Nous sommes proches »' }, { ok: true, text: 'Nous sommes proches', words: 3 }],
    ['German low-9 marks', { text: '„Wir sind nah“' }, { ok: true, text: 'Wir sind nah', words: 3 }],
    ['single marks as a pair', { text: '‘We are close’' }, { ok: true, text: 'We are close', words: 3 }],
    ['nested marks', { text: '"‘We are close’"' }, { ok: true, text: 'We are close', words: 3 }],
    ['an apostrophe at one end is kept', { text: "the students' union" }, { ok: true, text: "the students' union", words: 3 }],
    ['marks inside are kept', { text: '“We are close,” Gor said.' }, { ok: true, text: 'We are close,” Gor said.', words: 5 }],
    ['paragraphs joined by one space', { text: 'We are close.\n\nVery close.' }, { ok: true, text: 'We are close. Very close.', words: 5 }],
    [`exactly ${MAX_SELECTION_WORDS} words`, { text: words(MAX_SELECTION_WORDS) }, { ok: true, text: words(MAX_SELECTION_WORDS), words: MAX_SELECTION_WORDS }],
    [`${MAX_SELECTION_WORDS + 1} words`, { text: words(MAX_SELECTION_WORDS + 1) }, { ok: false, reason: 'too-long', words: MAX_SELECTION_WORDS + 1 }],
    ['a long read of 5,000 words', { text: words(5_000) }, { ok: false, reason: 'too-long', words: 5_000 }],
  ])('%s', (_name, input, expected) => {
    expect(readSelection(input)).toEqual(expected);
  });
});

/** The text of seed quote `i` (findQuotes on the seed), or of its sentence holding `words`. */
const quoteOf = (article: typeof seed0, has: string) => findQuotes(article).find((q) => q.text.includes(has))!.text;
const sentenceOf = (article: typeof seed0, has: string) => article.text.split(/(?<=[.!?])\s+/).find((s) => s.includes(has))!;

describe.each(STORAGE_KINDS)('%s: compareSelection on the seeds', (kind) => {
  useStorage(kind);

  test.each([
    // [name, saved page, selected on, the selected words]
    ['001 "indispensable" with 000 saved (000 paraphrases it with "crucial")', PAGE0, PAGE1, () => quoteOf(seed1, 'indispensable')],
    ['000 "ensure" with 001 saved (IANS paraphrases it with "secure")', PAGE1, PAGE0, () => quoteOf(seed0, 'ensure the supply chains')],
    ['001 "big announcement" with 000 saved (only IANS has it)', PAGE0, PAGE1, () => quoteOf(seed1, 'big announcement')],
  ])('%s: the same verdicts as the page check of that quote', async (_name, savedPage, on, selected) => {
    const lib = library();
    await save(lib, savedPage);
    const text = selected();
    const page = (await check(lib, pages[on])).reports.find((r) => r.quote.text === text)!;
    const selection = await lib.compareSelection(text, { url: on });
    expect(page).toBeDefined();
    expect(selection.report.quote.text).toBe(text);
    expect(selection.report.matches.map((m) => [m.outlet, m.kind, m.meaningChanges])).toEqual(page.matches.map((m) => [m.outlet, m.kind, m.meaningChanges]));
    expect(selection.report.matches.map((m) => m.diff)).toEqual(page.matches.map((m) => m.diff));
    expect(selection).toMatchObject({ libraryCount: 1, pageSaved: false });
  });

  test('"ensure" selected on 000 with 001 saved: IANS paraphrases it, and the diff shows "secure"', async () => {
    const lib = library();
    await save(lib, PAGE1);
    const { report } = await lib.compareSelection(`“${quoteOf(seed0, 'ensure the supply chains')}”`, { url: PAGE0 });
    expect(report.matches.map((m) => [m.outlet, m.kind])).toEqual([['IANS', 'paraphrase']]);
    const inserted = report.matches[0].diff.filter((d) => d.op === 'insert').map((d) => d.text).join(' ');
    expect(inserted).toContain('secure');
  });

  test('a sentence the finder did not take as a quote (no marks) is found in the other outlet', async () => {
    const lib = library();
    await save(lib, PAGE1);
    // 000's indirect speech; IANS quotes the statement directly.
    const sentence = sentenceOf(seed0, 'reliable and diversified supply chains');
    expect(findQuotes(seed0).some((q) => q.text.includes('reliable and diversified'))).toBe(false);
    const { report } = await lib.compareSelection(sentence, { url: PAGE0 });
    expect(report.matches.map((m) => m.outlet)).toEqual(['IANS']);
  });

  test("the page's own saved copy is not compared with; the same words on another page find it", async () => {
    const lib = library();
    await save(lib, PAGE0);
    const sentence = quoteOf(seed0, 'ensure the supply chains');
    const own = await lib.compareSelection(sentence, { url: `${PAGE0}#section-2` });
    expect(own).toMatchObject({ pageSaved: true, libraryCount: 1 });
    expect(own.report.matches).toEqual([]);
    const elsewhere = await lib.compareSelection(sentence, { url: 'https://blog.example/post' });
    expect(elsewhere.pageSaved).toBe(false);
    // Quoted there: verbatim (prose there would read as a paraphrase).
    expect(elsewhere.report.matches.map((m) => [m.outlet, m.kind])).toEqual([['Daily Courier', 'verbatim']]);
  });

  test("the page's outlet is not compared with: a known outlet, or the saved copy's", async () => {
    const lib = library();
    await save(lib, PAGE0);
    const sentence = sentenceOf(seed0, 'Bilateral Trade Agreement');
    const sameOutlet = await lib.compareSelection(sentence, { url: 'https://courier.example/other', outlet: 'Daily Courier' });
    expect(sameOutlet.report.matches).toEqual([]);
    const otherOutlet = await lib.compareSelection(sentence, { url: 'https://courier.example/other', outlet: 'IANS' });
    expect(otherOutlet.report.matches).toHaveLength(1);
  });

  test('an empty library: no match, nothing saved', async () => {
    const lib = library();
    const result = await lib.compareSelection('We are close to a deal', { url: PAGE0 });
    expect(result).toMatchObject({ libraryCount: 0, pageSaved: false, report: { matches: [] } });
  });
});
