/** Article metadata: each source in its order of preference, and robustness to odd markup. */
import { describe, expect, test } from 'vitest';
import { extractMetadata, normalizeDate } from '@/utils/article/article-metadata';
import { parseHtml } from '@/bin/cli/node-dom';

const URL_ = 'https://www.daily-example.org/news/story-1';

function meta(head: string, body = '', htmlAttrs = '', readability?: Parameters<typeof extractMetadata>[2]) {
  return extractMetadata(parseHtml(`<html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, URL_), URL_, readability);
}
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('outlet', () => {
  test.each([
    ['og:site_name first', '<meta property="og:site_name" content="The Daily Example">' + ld('{"@type":"NewsArticle","publisher":{"name":"Other"}}'), 'The Daily Example'],
    ['JSON-LD publisher object', ld('{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example Press"}}'), 'Example Press'],
    ['JSON-LD publisher string', ld('{"@type":"Article","publisher":"Example Wire"}'), 'Example Wire'],
    ['JSON-LD @graph reference by @id', ld('{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"#o"}},{"@type":"Organization","@id":"#o","name":"Graph Times"}]}'), 'Graph Times'],
    ['JSON-LD top-level array', ld('[{"@type":"WebSite"},{"@type":"NewsArticle","publisher":[{"name":"Array Post"}]}]'), 'Array Post'],
    ['bad JSON-LD falls through to the host name', ld('{"@type": "NewsArticle", publisher: }'), 'daily-example.org'],
    ['JSON-LD in a CDATA wrapper', ld('<![CDATA[{"@type":"NewsArticle","publisher":{"name":"Wrapped"}}]]>'), 'Wrapped'],
    ['nothing: host name without www.', '', 'daily-example.org'],
  ])('%s', (_name, head, outlet) => {
    expect(meta(head).outlet).toBe(outlet);
  });

  test('no url and no metadata gives an empty outlet', () => {
    expect(extractMetadata(parseHtml('<html><body><p>x</p></body></html>', ''), '').outlet).toBe('');
  });
});

describe('date', () => {
  test.each([
    ['article:published_time, as written (no shift to UTC)', '<meta property="article:published_time" content="2026-03-13T01:10:00+05:30">', '', '2026-03-13'],
    ['another meta name', '<meta name="pubdate" content="20250704">', '', '2025-07-04'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2024-02-29">', '', '2024-02-29'],
    ['JSON-LD datePublished', ld('{"@type":"NewsArticle","datePublished":"2023-01-05T10:00:00Z"}'), '', '2023-01-05'],
    ['JSON-LD before a modified time', '<meta property="article:modified_time" content="2023-02-01">' + ld('{"@type":"NewsArticle","datePublished":"2023-01-05"}'), '', '2023-01-05'],
    ['<time datetime> only', '', '<p>Posted <time datetime="2022-12-31T23:59:00-08:00">New Year\'s Eve</time></p>', '2022-12-31'],
    ['a time marked as published beats the first time', '', '<time datetime="2022-01-02">updated</time><time itemprop="datePublished" datetime="2021-06-07">x</time>', '2021-06-07'],
    ['an invalid meta date is skipped', '<meta property="article:published_time" content="yesterday">' + ld('{"@type":"Article","datePublished":"2020-10-10"}'), '', '2020-10-10'],
    ['nothing', '', '<p>No date here.</p>', null],
  ])('%s', (_name, head, body, date) => {
    expect(meta(head, body).date).toBe(date);
  });

  test.each([
    ['2026-03-13', '2026-03-13'],
    ['2026/3/7', '2026-03-07'],
    ['20260313', '2026-03-13'],
    ['March 13, 2026', '2026-03-13'],
    ['13 Mar 2026 10:00', '2026-03-13'],
    ['Fri, 13 Mar 2026 10:00:00 GMT', '2026-03-13'],
    ['1773360000', '2026-03-13'],
    ['2026-13-01', null],
    ['soon', null],
    ['', null],
  ])('normalizeDate(%j) = %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('title, byline, language, url', () => {
  test.each([
    ['Readability title first', '<title>Page | Site</title><meta property="og:title" content="OG">', { title: 'Clean' }, 'Clean'],
    ['og:title', '<title>Page | Site</title><meta property="og:title" content="OG title">', undefined, 'OG title'],
    ['document title', '<title>  Only   the title </title>', undefined, 'Only the title'],
  ])('title: %s', (_name, head, readability, title) => {
    expect(meta(head, '', '', readability).title).toBe(title);
  });

  test.each([
    ['meta author', '<meta name="author" content="Ada Byline">', 'Ada Byline'],
    ['a URL in article:author is not a name', '<meta property="article:author" content="https://facebook.example/ada">', null],
    ['JSON-LD authors joined', ld('{"@type":"NewsArticle","author":[{"name":"A One"},{"name":"B Two"}]}'), 'A One, B Two'],
    ['none', '', null],
  ])('byline: %s', (_name, head, byline) => {
    expect(meta(head).byline).toBe(byline);
  });

  test.each([
    ['html lang', '', 'lang="en-GB"', 'en-GB'],
    ['content-language meta', '<meta http-equiv="Content-Language" content="fr, en">', '', 'fr'],
    ['og:locale with underscore', '<meta property="og:locale" content="pt_BR">', '', 'pt-BR'],
    ['garbage is ignored', '', 'lang="{{lang}}"', null],
  ])('lang: %s', (_name, head, attrs, lang) => {
    expect(meta(head, '', attrs).lang).toBe(lang);
  });

  test.each([
    ['same-site canonical', '<link rel="canonical" href="/news/story-1-canonical">', 'https://www.daily-example.org/news/story-1-canonical'],
    ['canonical to another site is ignored', '<link rel="canonical" href="https://elsewhere.example/x">', URL_],
    ['canonical to the home page is ignored', '<link rel="canonical" href="https://www.daily-example.org/">', URL_],
    ['no canonical', '', URL_],
  ])('url: %s', (_name, head, url) => {
    expect(meta(head).url).toBe(url);
  });
});
