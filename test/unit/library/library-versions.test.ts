/**
 * Article versions (issue 15, item 4): saving an article again after its text changed keeps both
 * versions, an unchanged re-save stays one, the quotes edited since the first save are told with
 * their diff, and versions travel through export (format 2) and import without loss.
 */
import { describe, expect, test } from 'vitest';
import { articleFromPlainText } from '@/utils/article/article-text';
import type { Library } from '@/utils/library/library';
import { parseExportText, type ExportFile } from '@/utils/storage/export-format';
import type { Article } from '@/utils/types';
import { library, STORAGE_KINDS, useStorage, withId } from './library-fixture';

const URL = 'https://harbour-news.example/bridge';

/** An article of the invented Harbour News, as first published and as later corrected. */
function edition(lines: string[], title = 'Bridge to open in spring'): Article {
  return { ...articleFromPlainText(lines.join('\n\n')), url: URL, outlet: 'Harbour News', title, date: '2026-05-04' };
}
const FIRST = edition([
  'The mayor spoke to reporters on Monday.',
  '"We will open the bridge in May, whatever the weather does to us," Mayor Ann Lee said.',
  '"Nobody crossing it should ever pay a toll for it," Lee added.',
  '"The river has always been our future and our living," she said.',
]);
const CORRECTED = edition([
  'The mayor spoke to reporters on Monday.',
  '"We will open the bridge in June, whatever the weather does to us," Mayor Ann Lee said.',
  '"The river has always been our future and our living," she said.',
  '"We have set the money aside for the whole project already," Lee said.',
], 'Bridge to open in early summer');

const saveText = (lib: Library, a: Article) => lib.save({ article: withId(a) });

describe.each(STORAGE_KINDS)('%s', (kind) => {
  useStorage(kind);

  test('an unchanged re-save stays one version; a changed one keeps the first beside it', async () => {
    const lib = library();
    await saveText(lib, FIRST);
    await saveText(lib, FIRST);
    expect((await lib.list())[0].earlierVersions).toBeUndefined();
    expect((await lib.history(URL))?.versions).toHaveLength(1);
    // Whitespace and quote-mark style are not a change of text.
    await saveText(lib, { ...FIRST, text: FIRST.text.replaceAll('"', '“') });
    expect((await lib.history(URL))?.versions).toHaveLength(1);

    expect(await saveText(lib, CORRECTED)).toMatchObject({ saved: 'updated', libraryCount: 1 });
    const history = await lib.history(URL);
    expect(history?.versions.map((v) => v.title)).toEqual(['Bridge to open in spring', 'Bridge to open in early summer']);
    expect((await lib.list())[0].earlierVersions).toBe(1);
    // A fresh process reads the count from the store.
    expect((await library().list())[0].earlierVersions).toBe(1);
  });

  test('quotes edited, removed and added since the first save, with the diff first save → now', async () => {
    const lib = library();
    await saveText(lib, FIRST);
    await saveText(lib, CORRECTED);
    const edits = (await lib.history(URL))!.edits;
    const told = edits.map((e) => [e.change, e.quote.text.slice(0, 24)]);
    expect(told).toEqual([
      ['edited', 'We will open the bridge '],
      ['removed', 'Nobody crossing it shoul'],
      ['added', 'We have set the money as'],
    ]);
    const edited = edits[0].now!;
    expect(edited.kind).toBe('altered');
    expect(edited.diff.filter((op) => op.op !== 'equal').map((op) => [op.op, op.text])).toEqual([['delete', 'May'], ['insert', 'June']]);
  });

  test('removing the article removes its versions; history of an unknown id is null', async () => {
    const lib = library();
    await saveText(lib, FIRST);
    await saveText(lib, CORRECTED);
    await lib.remove(URL);
    expect(await lib.history(URL)).toBeNull();
    await saveText(lib, FIRST);
    expect((await lib.history(URL))?.versions).toHaveLength(1);
  });

  test('export (format 2) carries the versions; clear and import gives them back; importing again changes nothing', async () => {
    const lib = library();
    await saveText(lib, FIRST);
    await saveText(lib, CORRECTED);
    const file = JSON.parse(JSON.stringify(await lib.exportFile())) as ExportFile;
    expect(file.version).toBe(2);
    expect(file.articles[0].versions?.map((v) => v.title)).toEqual(['Bridge to open in spring']);
    const before = await lib.history(URL);
    await lib.clear();
    expect(await lib.importFile(file)).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await lib.history(URL)).toEqual(before);
    expect(await lib.importFile(file)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await lib.history(URL))?.versions).toHaveLength(2);
    expect((await lib.list())[0].earlierVersions).toBe(1);
  });

  test('an import loses no text: the replaced copy, and a skipped older copy, become earlier versions', async () => {
    const older = library();
    await saveText(older, FIRST);
    const oldFile = await older.exportFile();
    await older.clear();
    await saveText(older, CORRECTED);
    const newFile = await older.exportFile();

    // The library holds the first edition; the file's newer, corrected copy replaces it.
    await older.clear();
    await older.importFile(oldFile);
    expect(await older.importFile(newFile)).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await older.history(URL))?.versions.map((v) => v.title)).toEqual(['Bridge to open in spring', 'Bridge to open in early summer']);

    // The library holds the corrected copy; the file's older first edition is skipped but kept.
    await older.clear();
    await older.importFile(newFile);
    expect(await older.importFile(oldFile)).toEqual({ added: 0, updated: 0, skipped: 1 });
    const history = await older.history(URL);
    expect(history?.versions.map((v) => v.title)).toEqual(['Bridge to open in spring', 'Bridge to open in early summer']);
    expect(history?.edits.map((e) => e.change)).toEqual(['edited', 'removed', 'added']);
  });
});

describe('export format 2: versions checked', () => {
  const file = (versions: unknown) => JSON.stringify({
    format: 'verbatim-library', version: 2, exportedAt: '2026-05-05T00:00:00Z',
    articles: [{ id: URL, url: URL, outlet: 'Harbour News', title: 't', date: null, byline: null, lang: null, text: 'Now.', paragraphs: [], savedAt: 10, versions }],
  });
  const version = (over: object = {}) => ({ title: 't', date: null, byline: null, lang: null, text: 'Then.', paragraphs: [], savedAt: 5, ...over });

  test.each([
    ['a good version', file([version()]), null],
    ['versions not a list', file('yes'), /"versions" should be a list/],
    ['a version not an object', file([7]), /"versions" should be a list/],
    ['a version with no text', file([version({ text: '' })]), /an earlier version is damaged: "text" is empty/],
    ['a version saved after the article', file([version({ savedAt: 10 })]), /saved at or after the article/],
    ['a version 1 file with versions', file([version()]).replace('"version":2', '"version":1'), /"versions" should be a list/],
  ])('%s', (_name, text, refusal) => {
    const check = parseExportText(text);
    if (refusal === null) {
      expect(check.ok).toBe(true);
      if (check.ok) expect(check.file.articles[0].versions?.[0]).toMatchObject({ text: 'Then.', savedAt: 5 });
    } else {
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(refusal);
    }
  });
});
