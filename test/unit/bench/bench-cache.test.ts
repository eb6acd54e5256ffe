import { describe, expect, test } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { articleTextFromLines } from '@/utils/article/article-text';
import { benchArticle, type BenchArticle } from '../../../bin/bench/bench-corpus';
import { cachedSynthetic, indexCachePath, syntheticCachePath } from '../../../bin/bench/bench-cache';

const article = (id: string, text: string): BenchArticle =>
  benchArticle(id, 'e1', { title: id, outlet: 'Harbour Gazette', url: `https://example.invalid/${id}`, date: null }, articleTextFromLines(text));
const library = [article('a', 'The harbour fee rises in May, the council said.'), article('b', '"We will not pay it," the ferry operator said on Monday.')];

describe('indexCachePath', () => {
  test('names a file by the library it is built from', () => {
    const same = indexCachePath(library.map((a) => ({ ...a })));
    expect(indexCachePath(library)).toBe(same);
    expect(indexCachePath([library[0], article('b', '"We will not pay it," the ferry operator said on Tuesday.')])).not.toBe(same);
    expect(indexCachePath([library[0]])).not.toBe(same);
  });
});

describe('cachedSynthetic', () => {
  test('reads back what it made, and makes again when the first articles differ from fresh ones', () => {
    const variant = `test-${process.pid}-${Date.now()}`;
    const make = (text: string) => (n: number) => Array.from({ length: n }, (_, i) => article(`s${i}`, `${text} ${i}.`));
    let calls = 0;
    const counted = (text: string) => (n: number) => (calls++, make(text)(n));
    const first = cachedSynthetic(library, variant, 3, counted('A synthetic line'));
    expect(calls).toBe(1);
    expect(existsSync(syntheticCachePath(library, variant, 3))).toBe(true);
    // Cached: only the check's fresh articles are made (n = 3 here, below the check's size).
    expect(cachedSynthetic(library, variant, 3, counted('A synthetic line'))).toEqual(first);
    expect(calls).toBe(2);
    // The maker changed: the cached set is not used.
    const changed = cachedSynthetic(library, variant, 3, counted('Another synthetic line'));
    expect(changed.map((a) => a.text)).toEqual(make('Another synthetic line')(3).map((a) => a.text));
    rmSync(syntheticCachePath(library, variant, 3), { force: true });
  });
});
