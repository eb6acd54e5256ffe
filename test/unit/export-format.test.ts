import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildExportFile, parseExportText, planMerge, validateExport, type ExportedArticle,
} from '@/utils/export-format';

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

describe('refuses bad files with a reason', () => {
  test.each([
    ['not JSON', 'hello, world', /not valid JSON/],
    ['truncated JSON', JSON.stringify(file()).slice(0, 40), /not valid JSON/],
    ['a JSON array', '[]', /no library object/],
    ['a JSON number', '42', /no library object/],
    ['other format', JSON.stringify(file(undefined, { format: 'pocket' })), /not a Verbatim export/],
    ['no format', JSON.stringify({ version: 1, articles: [] }), /not a Verbatim export/],
    ['newer version', JSON.stringify(file(undefined, { version: 2 })), /newer Verbatim/],
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
