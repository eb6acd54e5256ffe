import { describe, expect, test } from 'vitest';
import { judgedPageFile, judgedQuoteKey, readJudgedNames, scoreJudgedNames, type JudgedName } from '../../../bin/eval/score-speaker-names';

const judged = (id: string, before: string | null, after: string | null, beforeLabel: JudgedName['beforeLabel'], afterLabel: JudgedName['afterLabel']): JudgedName => ({
  id, split: 'held-out', url: `https://news.example/${id}`, quoteStart: 10, before, after, beforeLabel, afterLabel,
});
const LABELS = [
  judged('h0', 'Harbour Chief Ann Lee', 'Ann Lee', 'glued', 'right'),
  judged('h1', 'Moss', null, 'wrong', 'null'),
  judged('h2', null, 'Lee', 'null', 'right'),
];

describe('scoreJudgedNames', () => {
  test.each<[string, Record<string, string | null | undefined>, Partial<Record<string, number>>]>([
    ['the names after the change', { h0: 'Ann Lee', h1: null, h2: 'Lee' }, { right: 2, null: 1, glued: 0, wrong: 0 }],
    ['the names before it', { h0: 'Harbour Chief Ann Lee', h1: 'Moss', h2: null }, { glued: 1, wrong: 1, null: 1, right: 0 }],
    ['a third name is not judged; a quote no longer found is gone', { h0: 'Chief Ann Lee', h1: undefined, h2: 'Lee' }, { 'not judged': 1, 'quote gone': 1, right: 1 }],
  ])('%s', (_name, now, expected) => {
    const byKey = new Map(LABELS.map((l) => [judgedQuoteKey(l), now[l.id]]));
    expect(scoreJudgedNames(LABELS, (key) => byKey.get(key))['held-out']).toMatchObject(expected);
  });

  test('a quote judged twice counts once, with the label of the name it has now', () => {
    const again = { ...judged('h0', 'Ann Lee', 'Chief Ann Lee', 'right', 'glued'), id: 'f0' };
    const score = scoreJudgedNames([LABELS[0], again], () => 'Chief Ann Lee')['held-out'];
    expect(score).toMatchObject({ glued: 1, right: 0, 'not judged': 0 });
  });

  test('a line without a known label is refused', () => {
    expect(() => readJudgedNames(JSON.stringify({ ...LABELS[0], afterLabel: 'fine' }))).toThrow(/line 1/);
    expect(readJudgedNames(`${JSON.stringify(LABELS[0])}\n\n${JSON.stringify(LABELS[1])}\n`)).toHaveLength(2);
  });
});

describe('judgedPageFile', () => {
  test.each<[string, string | null]>([
    ['readability-pages/guardian-1', 'readability-pages/guardian-1/source.html'],
    ['readability-pages/003-metadata-preferred', 'readability-pages/003-metadata-preferred/source.html'],
    ['https://news.example/h0', null],
    ['readability-pages/../allsides', null],
    ['readability-pages/a/b', null],
    ['readability-pages/', null],
    ['readability-pages/..', null],
  ])('%s', (url, file) => {
    expect(judgedPageFile(url)).toBe(file);
  });
});
