import { describe, expect, test } from 'vitest';
import { articleId, canonicalUrl } from '@/utils/article/article-id';

describe('canonicalUrl', () => {
  test.each([
    ['fragment and tracking parameters dropped', 'https://News.Example/a/b?utm_source=x&utm_medium=y&fbclid=1#top', 'https://news.example/a/b'],
    ['content parameters kept, sorted', 'https://news.example/story?p=2&id=7&gclid=z', 'https://news.example/story?id=7&p=2'],
    ['trailing slash on a path dropped, default port dropped', 'https://news.example:443/a/', 'https://news.example/a'],
    ['root keeps its slash', 'https://news.example', 'https://news.example/'],
    ['not a URL: trimmed as is', '  local file  ', 'local file'],
    ['empty', '', ''],
  ])('%s', (_name, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});

describe('articleId', () => {
  test('URL variants of one page share an id', () => {
    expect(articleId({ url: 'https://n.example/a?utm_campaign=z#c', text: 'x' })).toBe(articleId({ url: 'https://n.example/a', text: 'y' }));
  });

  test.each([
    ['quote-mark style and case do not change the text id', '“Hello,” she said.', '"hello," SHE said.', true],
    ['different words do', 'Hello, she said.', 'Goodbye, she said.', false],
  ])('%s', (_name, a, b, same) => {
    const [ia, ib] = [articleId({ url: '', text: a }), articleId({ url: '', text: b })];
    expect(ia).toMatch(/^text:[0-9a-f]{16}$/);
    expect(ia === ib).toBe(same);
  });
});
