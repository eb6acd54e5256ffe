import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ArticleColumns, DATE, FIELDS, ID, OUTLET, TITLE, URL } from '@/utils/index/article-columns';

/** A row's fields: id, outlet, url, title, date tag. */
const row = (id: string, url = '', title = `Title of ${id}`): string[] => [id, 'Ledger', url, title, '=2026-01-02'];

describe('ArticleColumns', () => {
  test('a row reads back field by field, and is found by its id and its url', () => {
    const c = new ArticleColumns();
    c.add(3, row('a', 'https://x.example/1', 'Ярмарка «урожай»'), 'pp');
    expect([ID, OUTLET, URL, TITLE, DATE].map((f) => c.field(3, f))).toEqual(['a', 'Ledger', 'https://x.example/1', 'Ярмарка «урожай»', '=2026-01-02']);
    expect(c.passages(3)).toBe('pp');
    expect([c.seqOf('a'), c.seqOf('b'), c.seqOf('')]).toEqual([3, -1, -1]);
    expect(c.seqsOfUrl('https://x.example/1')).toEqual([3]);
    expect(c.seqsOfUrl('')).toEqual([]);
  });

  test.each<[string, () => ArticleColumns, string]>([
    ['a row with fewer fields', () => { const c = new ArticleColumns(); c.add(1, ['a'], ''); return c; }, 'FIELDS'],
    ['a sequence number used twice', () => { const c = new ArticleColumns(); c.add(1, row('a'), ''); c.add(1, row('b'), ''); return c; }, 'already live'],
  ])('refuses %s, naming the module', (_name, make, message) => {
    expect(make).toThrow(new RegExp(`^article-columns: .*${message}`));
  });

  test.each<[string, Parameters<ArticleColumns['adopt']>, boolean]>([
    ['columns that add up', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(2, 5)], true],
    ['field lengths short of the fields', ['abc', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(2, 5)], false],
    ['passage lengths past the passages', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 2), Int32Array.of(2, 5)], false],
    ['a field length missing', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(2, 5)], false],
    ['sequence numbers descending', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(5, 2)], false],
    ['a sequence number twice', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(2, 2)], false],
    ['a negative sequence number', ['ab', Uint32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0), 'xy', Uint32Array.of(1, 1), Int32Array.of(-1, 2)], false],
  ])('adopt takes %s: %s', (_name, args, taken) => {
    const c = new ArticleColumns();
    expect(c.adopt(...args)).toBe(taken);
    expect(c.size).toBe(taken ? 2 : 0);
    if (taken) expect([c.seqOf('a'), c.seqOf('b'), c.passages(5)]).toEqual([2, 5, 'y']);
  });

  // Ids and urls from small sets, so rows share urls and ids come back after removal.
  const op = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 0, max: 40 }), url: fc.integer({ min: 0, max: 6 }), title: fc.string({ maxLength: 4 }) }),
    fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ kind: fc.constant('look' as const) }),
  );

  test('after any adds and deletes, with or without a load first, every lookup agrees with a Map (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), fc.integer({ min: 0, max: 600 }), (ops, loadAt) => {
        let c = new ArticleColumns();
        let seq = 0;
        const model = new Map<string, { seq: number; fields: string[]; passages: string }>();
        const check = () => {
          expect(c.size).toBe(model.size);
          expect(c.seqs()).toEqual([...model.values()].map((r) => r.seq).sort((a, b) => a - b));
          for (let id = 0; id <= 40; id++) expect(c.seqOf(`id${id}`)).toBe(model.get(`id${id}`)?.seq ?? -1);
          for (let u = 0; u <= 6; u++) {
            const url = u === 0 ? '' : `https://u.example/${u}`;
            const expected = url ? [...model.values()].filter((r) => r.fields[URL] === url).map((r) => r.seq).sort((a, b) => a - b) : [];
            expect(c.seqsOfUrl(url)).toEqual(expected);
          }
          for (const r of model.values()) {
            expect(Array.from({ length: FIELDS }, (_, f) => c.field(r.seq, f))).toEqual(r.fields);
            expect(c.fields(r.seq)).toEqual(r.fields);
            expect(c.passages(r.seq)).toBe(r.passages);
          }
        };
        ops.forEach((o, i) => {
          if (i === loadAt) c = reloaded(c);
          if (o.kind === 'look') return check();
          const id = `id${o.id}`;
          const r = model.get(id);
          // An add replaces a live row of the same id, as the index does.
          if (r) c.delete(r.seq);
          model.delete(id);
          if (o.kind === 'add') {
            const fields = row(id, o.url === 0 ? '' : `https://u.example/${o.url}`, o.title);
            const passages = `p${seq}`;
            c.add(seq, fields, passages);
            model.set(id, { seq, fields, passages });
            seq++;
          }
        });
        check();
      }),
      { numRuns: 60 },
    );
  });

  test('thousands of adds and deletes keep the same answers across blocks and rewrites', () => {
    const c = new ArticleColumns();
    for (let s = 0; s < 3000; s++) c.add(s, row(`id${s}`, `https://u.example/${s % 10}`), `p${s}`);
    expect(c.seqOf('id5')).toBe(5);
    for (let s = 0; s < 2900; s++) c.delete(s);
    expect(c.size).toBe(100);
    expect(c.seqs()).toEqual(Array.from({ length: 100 }, (_, i) => 2900 + i));
    expect([c.seqOf('id5'), c.seqOf('id2950'), c.field(2950, ID), c.passages(2999)]).toEqual([-1, 2950, 'id2950', 'p2999']);
    expect(c.seqsOfUrl('https://u.example/3')).toEqual(Array.from({ length: 10 }, (_, i) => 2903 + 10 * i));
  });
});

/** The columns as a load would take them: every live row, in sequence order, as one block. */
function reloaded(c: ArticleColumns): ArticleColumns {
  const seqs = c.seqs();
  const fields = seqs.flatMap((s) => Array.from({ length: FIELDS }, (_, f) => c.field(s, f)));
  const passages = seqs.map((s) => c.passages(s));
  const out = new ArticleColumns();
  const taken = out.adopt(fields.join(''), Uint32Array.from(fields, (f) => f.length), passages.join(''), Uint32Array.from(passages, (p) => p.length), Int32Array.from(seqs));
  if (!taken) throw new Error('test: the columns did not load back');
  return out;
}
