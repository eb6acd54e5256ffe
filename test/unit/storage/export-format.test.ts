import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildExportFile, parseExportText, planMerge, validateExport, type ExportedArticle,
} from '@/utils/storage/export-format';

const article = (over: Partial<ExportedArticle> = {}): ExportedArticle => ({
  id: 'https://a.example/story',
  url: 'https://a.example/story',
  outlet: 'A Daily',
  title: 'A story',
  date: '2026-03-13',
  byline: null,
  lang: 'en',
  text: 'First paragraph.\n\nSecond paragraph.',
  paragraphs: [{ start: 0, end: 16 }, { start: 18, end: 35 }],
  savedAt: 1_700_000_000_000,
  ...over,
});
const file = (articles: unknown[] = [article()], over: Record<string, unknown> = {}) => ({
  format: 'verbatim-library', version: 1, exportedAt: '2026-03-14T09:00:00.000Z', articles, ...over,
});

describe('buildExportFile → validateExport', () => {
  test('round-trips and keeps only exported fields', () => {
    const stored = { ...article(), quotes: [], storyKey: 'k' };
    const f = buildExportFile([stored], new Date('2026-03-14T09:00:00Z'));
    expect(f.articles[0]).toEqual(article());
    expect(validateExport(JSON.parse(JSON.stringify(f)))).toEqual({ ok: true, file: f });
  });

  test('property: any built file validates to itself', () => {
    const arb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() !== ''),
      title: fc.string(),
      outlet: fc.string(),
      body: fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 4 }),
      savedAt: fc.nat(),
      date: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 5 }), (raw) => {
        const arts = raw.map((r) => {
          let at = 0;
          const paragraphs = r.body.map((p) => { const s = { start: at, end: at + p.length }; at += p.length + 2; return s; });
          return article({ id: r.id, title: r.title, outlet: r.outlet, text: r.body.join('\n\n'), paragraphs, savedAt: r.savedAt, date: r.date });
        });
        const f = buildExportFile(arts);
        const check = validateExport(JSON.parse(JSON.stringify(f)));
        expect(check).toEqual({ ok: true, file: f });
      }),
    );
  });
});

describe('the reader’s speaker merges and splits (format version 2)', () => {
  const speakers = { merged: [['Gor', 'Sergio Gor'], ['S. Gor', 'Sergio Gor']] as [string, string][], split: ['Dr. Lee'] };
  const v2 = (over: Record<string, unknown>) => file(undefined, { version: 2, ...over });

  test('an export carries them and validates to itself; a file without them (version 1, or 2 before they were added) still imports', () => {
    const f = buildExportFile([article()], new Date('2026-03-14T09:00:00Z'), speakers);
    expect(f.speakers).toEqual(speakers);
    expect(f.speakers).not.toBe(speakers); // a copy: the file does not share the settings' arrays
    expect(validateExport(JSON.parse(JSON.stringify(f)))).toEqual({ ok: true, file: f });
    for (const old of [file(), v2({})]) {
      const check = validateExport(old);
      expect(check.ok && check.file.speakers).toBe(undefined);
    }
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['a list', [['Gor', 'Sergio Gor']]],
    ['a string', 'Gor=Sergio Gor'],
    ['no split', { merged: [] }],
    ['no merged', { split: [] }],
    ['merged not a list', { merged: { Gor: 'Sergio Gor' }, split: [] }],
    ['a merge of three names', { merged: [['Gor', 'S. Gor', 'Sergio Gor']], split: [] }],
    ['a merge of one name', { merged: [['Gor']], split: [] }],
    ['a name merged into itself', { merged: [['Gor', 'Gor']], split: [] }],
    ['an empty name', { merged: [['', 'Sergio Gor']], split: [] }],
    ['a blank split', { merged: [], split: ['  '] }],
    ['a name that is a number', { merged: [], split: [7] }],
    ['a name too long to be credited', { merged: [], split: ['x'.repeat(201)] }],
    ['an extra field', { merged: [], split: [], note: 'edited' }],
    ['more overrides than kept', { merged: [], split: Array.from({ length: 2_001 }, (_, i) => `Name ${i}`) }],
  ])('damaged or hand-edited overrides are refused with the reason: %s', (_name, value) => {
    const check = parseExportText(JSON.stringify(v2({ speakers: value })));
    expect(check).toEqual({ ok: false, reason: expect.stringMatching(/"speakers"/) });
  });

  test('a version 1 file holding overrides was edited by hand: refused', () => {
    const check = validateExport(file(undefined, { speakers }));
    expect(check).toEqual({ ok: false, reason: expect.stringMatching(/"speakers".*version 1/) });
  });

  test('property: valid overrides round-trip; one entry spoiled, the file is refused', () => {
    const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
    const overrides = fc.record({
      merged: fc.array(fc.tuple(name, name).filter(([a, b]) => a !== b), { maxLength: 5 }),
      split: fc.array(name, { maxLength: 5 }),
    });
    const spoiled = fc.oneof(fc.constant(''), fc.constant(null), fc.integer(), fc.constant(['a']), fc.constant({}));
    fc.assert(
      fc.property(overrides, fc.nat(), spoiled, (o, at, bad) => {
        const f = buildExportFile([article()], new Date('2026-03-14T09:00:00Z'), o);
        const json = JSON.parse(JSON.stringify(f)) as { speakers: { merged: unknown[]; split: unknown[] } };
        expect(validateExport(json)).toEqual({ ok: true, file: f });
        const list = at % 2 === 0 && o.merged.length > 0 ? json.speakers.merged : json.speakers.split;
        if (list.length === 0) return;
        list[at % list.length] = bad;
        expect(validateExport(json)).toEqual({ ok: false, reason: expect.stringMatching(/"speakers"/) });
      }),
    );
  });
});

test('an article saved from a long URL exports and imports again (its id is that URL)', () => {
  const url = `https://news.example/${'section/'.repeat(40)}story`;
  expect(url.length).toBeGreaterThan(300);
  const f = buildExportFile([article({ id: url, url })]);
  expect(validateExport(JSON.parse(JSON.stringify(f)))).toEqual({ ok: true, file: f });
});

describe('refuses bad files with a reason', () => {
  test.each([
    ['not JSON', 'hello, world', /not valid JSON/],
    ['truncated JSON', JSON.stringify(file()).slice(0, 40), /not valid JSON/],
    ['a JSON array', '[]', /no library object/],
    ['a JSON number', '42', /no library object/],
    ['other format', JSON.stringify(file(undefined, { format: 'pocket' })), /not a Verbatim export/],
    ['no format', JSON.stringify({ version: 1, articles: [] }), /not a Verbatim export/],
    ['newer version', JSON.stringify(file(undefined, { version: 3 })), /newer Verbatim/],
    ['version 0', JSON.stringify(file(undefined, { version: 0 })), /unknown version/],
    ['version as text', JSON.stringify(file(undefined, { version: '1' })), /version/],
    ['bad exportedAt', JSON.stringify(file(undefined, { exportedAt: 'yesterday' })), /exportedAt/],
    ['articles not a list', JSON.stringify(file(undefined, { articles: {} })), /no "articles" list/],
    ['article not an object', JSON.stringify(file(['x'])), /Article 1 of 1.*not an object/],
    ['missing text', JSON.stringify(file([{ ...article(), text: undefined }])), /"text" is missing/],
    ['title a number', JSON.stringify(file([article({ title: 5 as unknown as string })])), /"title" should be text/],
    ['empty id', JSON.stringify(file([article({ id: ' ' })])), /"id"/],
    ['empty text', JSON.stringify(file([article({ text: '  ', paragraphs: [] })])), /"text" is empty/],
    ['bad date', JSON.stringify(file([article({ date: '13/03/2026' })])), /"date"/],
    ['date missing', JSON.stringify(file([{ ...article(), date: undefined }])), /"date" is missing/],
    ['savedAt text', JSON.stringify(file([article({ savedAt: '2026' as unknown as number })])), /"savedAt"/],
    ['savedAt negative', JSON.stringify(file([article({ savedAt: -1 })])), /"savedAt"/],
    ['paragraphs missing', JSON.stringify(file([{ ...article(), paragraphs: undefined }])), /"paragraphs" is missing/],
    ['paragraph beyond text', JSON.stringify(file([article({ paragraphs: [{ start: 0, end: 999 }] })])), /do not fit/],
    ['paragraph not a span', JSON.stringify(file([article({ paragraphs: [null as unknown as { start: number; end: number }] })])), /offsets/],
    ['second article damaged', JSON.stringify(file([article(), article({ lang: 3 as unknown as string })])), /Article 2 of 2.*"lang"/],
  ])('%s', (_name, text, reason) => {
    const check = parseExportText(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  const json = (v: unknown) => JSON.stringify(v);
  const valid = json(file());
  const withArticle = (over: Record<string, unknown>) => json(file([{ ...article(), ...over }]));
  test.each([
    // Not JSON, or not one JSON document.
    ['empty file', '', /not valid JSON/],
    ['whitespace only', ' \n\t', /not valid JSON/],
    ['cut after the first brace', valid.slice(0, 1), /not valid JSON/],
    ['cut inside a string', valid.slice(0, valid.indexOf('verbatim-library') + 4), /not valid JSON/],
    ['last brace missing', valid.slice(0, -1), /not valid JSON/],
    ['trailing garbage', `${valid}x`, /not valid JSON/],
    ['two documents', `${valid}${valid}`, /not valid JSON/],
    ['comments', `// my library\n${valid}`, /not valid JSON/],
    ['NaN literal', valid.replace('"version":1', '"version":NaN'), /not valid JSON/],
    ['single quotes', valid.replace(/"/g, "'"), /not valid JSON/],
    ['binary noise', '\u0000\u0001\u0002PK\u0003\u0004', /not valid JSON/],
    // Not a library object.
    ['null', 'null', /no library object/],
    ['true', 'true', /no library object/],
    ['a string', '"verbatim-library"', /no library object/],
    ['a deeply nested array', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, /no library object/],
    ['format in other case', json(file(undefined, { format: 'Verbatim-Library' })), /not a Verbatim export/],
    ['format as a list', json(file(undefined, { format: ['verbatim-library'] })), /not a Verbatim export/],
    // Wrong version.
    ['version 1.5', json(file(undefined, { version: 1.5 })), /no valid version/],
    ['version null', json(file(undefined, { version: null })), /no valid version/],
    ['version infinite', valid.replace('"version":1', '"version":1e999'), /no valid version/],
    ['version -1', json(file(undefined, { version: -1 })), /unknown version/],
    ['version 2^53', json(file(undefined, { version: 2 ** 53 })), /newer Verbatim/],
    // Broken envelope.
    ['exportedAt missing', json(file(undefined, { exportedAt: undefined })), /exportedAt/],
    ['exportedAt a number', json(file(undefined, { exportedAt: 1_700_000_000_000 })), /exportedAt/],
    ['articles null', json(file(undefined, { articles: null })), /no "articles" list/],
    ['articles a string', json(file(undefined, { articles: 'all of them' })), /no "articles" list/],
    ['too many articles', json(file(new Array(50_001).fill(0))), /more than 50000 articles/],
    // Damaged articles.
    ['article null', json(file([null])), /not an object/],
    ['article a list', json(file([[article()]])), /not an object/],
    ['id too long', withArticle({ id: 'x'.repeat(8_193) }), /"id"/],
    ['id a number', withArticle({ id: 7 }), /"id" should be text/],
    ['url missing', withArticle({ url: undefined }), /"url" is missing/],
    ['url an object', withArticle({ url: { href: 'https://a.example/' } }), /"url" should be text/],
    ['outlet null', withArticle({ outlet: null }), /"outlet" should be text/],
    ['text a list', withArticle({ text: ['First paragraph.'] }), /"text" should be text/],
    ['text too long', withArticle({ text: 'a'.repeat(2_000_001), paragraphs: [] }), /"text" is too long/],
    ['byline a number', withArticle({ byline: 3 }), /"byline" should be text or null/],
    ['lang missing', withArticle({ lang: undefined }), /"lang" is missing/],
    ['date a number', withArticle({ date: 20260313 }), /"date"/],
    ['date without zero padding', withArticle({ date: '2026-3-13' }), /"date"/],
    ['savedAt infinite', withArticle({ savedAt: null }).replace('"savedAt":null', '"savedAt":1e999'), /"savedAt"/],
    ['savedAt null', withArticle({ savedAt: null }), /"savedAt"/],
    ['paragraphs a string', withArticle({ paragraphs: '0-16' }), /"paragraphs" is missing/],
    ['paragraphs overlap', withArticle({ paragraphs: [{ start: 0, end: 16 }, { start: 10, end: 20 }] }), /do not fit/],
    ['paragraph ends before it starts', withArticle({ paragraphs: [{ start: 10, end: 5 }] }), /do not fit/],
    ['paragraph offsets fractional', withArticle({ paragraphs: [{ start: 0.5, end: 16 }] }), /offsets/],
    ['paragraph offsets as text', withArticle({ paragraphs: [{ start: '0', end: '16' }] }), /offsets/],
    ['paragraph starts before the text', withArticle({ paragraphs: [{ start: -1, end: 16 }] }), /do not fit/],
  ])('%s', (_name, text, reason) => {
    const check = parseExportText(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  test('hostile but well-formed: prototype keys and markup are kept as data, never as behaviour', () => {
    const text = valid
      .replace('{"id"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id"')
      .replace('"title":"A story"', '"title":"<img src=x onerror=alert(1)>"');
    const check = parseExportText(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(check.file.articles[0]).sort()).toEqual(Object.keys(article()).sort());
    expect(check.file.articles[0].title).toBe('<img src=x onerror=alert(1)>');
  });

  test('property: every truncation of a valid file is refused as not valid JSON', () => {
    const full = JSON.stringify(file([article(), article({ id: 'b', title: 'Second “quoted” story' })]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - 1 }), (cut) => {
        const check = parseExportText(full.slice(0, cut));
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason).toMatch(/not valid JSON/);
      }),
    );
  });

  test('property: any version but 1 and 2 is refused, and the reason names the version problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean()).filter((v) => v !== 1 && v !== 2), (version) => {
        const check = validateExport(JSON.parse(JSON.stringify(file(undefined, { version }))));
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason).toMatch(/version/i);
      }),
    );
  });

  test('property: one field of one article given a wrong type is refused, naming the article and field', () => {
    const fields = ['id', 'url', 'outlet', 'title', 'text', 'date', 'byline', 'lang', 'savedAt', 'paragraphs'] as const;
    const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.nat(), fc.constantFrom(...fields), wrong, (count, at, field, value) => {
        if (field === 'savedAt' && typeof value === 'number' && value >= 0) return; // a valid savedAt
        if (field === 'paragraphs' && Array.isArray(value) && value.length === 0) return; // no paragraphs is valid
        const arts: unknown[] = Array.from({ length: count }, (_, i) => article({ id: `id-${i}` }));
        const index = at % count;
        arts[index] = { ...article({ id: `id-${index}` }), [field]: value };
        const check = validateExport(JSON.parse(JSON.stringify(file(arts))));
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason).toContain(`Article ${index + 1} of ${count}`);
        if (!check.ok) expect(check.reason).toContain(`"${field}"`);
      }),
    );
  });

  test('property: arbitrary text never throws and is never accepted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(parseExportText(text).ok).toBe(false);
      }),
    );
  });

  test('oversized text is refused before parsing', () => {
    const huge = { length: 300 * 1024 * 1024 } as unknown as string;
    const check = parseExportText(huge);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/too large/);
  });

  test('property: arbitrary JSON never throws and never passes unless well-formed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const check = validateExport(v);
        expect(check.ok).toBe(false);
      }),
    );
  });
});

describe('planMerge', () => {
  test.each([
    ['new id is added', [{ id: 'a', savedAt: 5 }], [], { added: 1, updated: 0, skipped: 0, write: ['a'] }],
    ['newer copy replaces', [{ id: 'a', savedAt: 6 }], [['a', 5]], { added: 0, updated: 1, skipped: 0, write: ['a'] }],
    ['same savedAt is skipped', [{ id: 'a', savedAt: 5 }], [['a', 5]], { added: 0, updated: 0, skipped: 1, write: [] }],
    ['older copy is skipped', [{ id: 'a', savedAt: 4 }], [['a', 5]], { added: 0, updated: 0, skipped: 1, write: [] }],
    ['duplicate in file: newer wins, counted once', [{ id: 'a', savedAt: 1 }, { id: 'a', savedAt: 9 }], [], { added: 1, updated: 0, skipped: 1, write: ['a'] }],
  ] as const)('%s', (_n, incoming, existing, expected) => {
    const plan = planMerge<{ id: string; savedAt: number }>(incoming, new Map(existing as unknown as [string, number][]));
    expect({ ...plan, write: plan.write.map((w) => w.id) }).toEqual(expected);
    if (incoming.length === 2) expect(plan.write[0].savedAt).toBe(9);
  });

  test('property: merging a plan twice changes nothing the second time', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), savedAt: fc.nat(20) });
    fc.assert(
      fc.property(fc.array(item), fc.array(item), (lib, incoming) => {
        const existing = new Map<string, number>();
        for (const a of lib) existing.set(a.id, Math.max(existing.get(a.id) ?? -1, a.savedAt));
        const first = planMerge(incoming, existing);
        for (const w of first.write) existing.set(w.id, w.savedAt);
        const second = planMerge(incoming, existing);
        expect(second.write).toEqual([]);
        expect(first.added + first.updated + first.skipped).toBe(incoming.length);
      }),
    );
  });
});
