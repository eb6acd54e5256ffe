/** Article files: .html/.htm through extraction, .txt by line, .json validated; meta overrides. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '@/bin/cli/read-article-file';
import { parseHtml } from '@/bin/cli/node-dom';
import type { ExtractResult } from '@/utils/types';

const read = (name: string, content: string, meta?: Parameters<typeof readArticleFile>[0]['meta']) =>
  readArticleFile({ name, content, parseHtml, meta });

function article(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result.article;
}

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seed = (file: string) => readFileSync(join(SEEDS, file), 'utf8');
const LONG_PARA = 'The committee met on Tuesday to discuss the proposal in detail, and members asked several questions about the cost of the work and how long it would take.';

describe('.txt', () => {
  test('seed 001: date from the prefix, agency from the dateline, title from the first words after it', () => {
    const a = article(read('seeds/001_172d88e8f7af0655.txt', seed('001_172d88e8f7af0655.txt')));
    expect(a.date).toBe('2026-03-13');
    expect(a.outlet).toBe('IANS');
    expect(a.title).toBe('The US and India are moving closer to signing a key agreement…');
    expect(a.url).toBe('');
  });

  test('seed 000: no agency, so no outlet; meta fills it in', () => {
    const raw = seed('000_fa55279f4966502b.txt');
    expect(article(read('000.txt', raw)).outlet).toBe('');
    const a = article(read('000.txt', raw, { outlet: 'Unnamed outlet', title: 'Given title' }));
    expect(a).toMatchObject({ outlet: 'Unnamed outlet', title: 'Given title', date: '2026-03-13' });
  });

  test.each([
    ['a short first line is the headline', 'Mayor opens new bridge\nThe mayor opened it.', 'Mayor opens new bridge'],
    ['a long first line gives its first twelve words', `${LONG_PARA}\nMore.`, 'The committee met on Tuesday to discuss the proposal in detail, and…'],
    ['a short sentence is kept whole', 'It rained all day.\nMore.', 'It rained all day.'],
  ])('title: %s', (_name, content, title) => {
    expect(article(read('a.txt', content)).title).toBe(title);
  });

  test.each([
    ['WASHINGTON (Reuters) - The senate voted.', 'Reuters'],
    ['New Delhi, March 13 (IANS) The talks ended.', 'IANS'],
    ['(AP) — A storm hit the coast.', 'AP'],
    ['LONDON, England (CNN) -- Rain fell.', 'CNN'],
    ['The Federal Bureau of Investigation (FBI) Director said so.', ''],
    ['Officials (speaking privately) said so.', ''],
  ])('outlet from dateline: %j → %j', (line, outlet) => {
    expect(article(read('a.txt', line)).outlet).toBe(outlet);
  });

  test('meta.date overrides the prefix', () => {
    expect(article(read('a.txt', 'date 2020-01-01 Text.', { date: '2021-02-02' })).date).toBe('2021-02-02');
  });

  test('an empty file is a failure', () => {
    expect(read('a.txt', '\n  \n')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('.json', () => {
  test('a valid article, paragraphs from line breaks', () => {
    const a = article(read('x.json', JSON.stringify({ title: 'T', outlet: 'O', url: 'https://o.example/t', date: '2024-05-06T10:00:00Z', text: 'First.\n\nSecond.\nThird.' })));
    expect(a).toMatchObject({ title: 'T', outlet: 'O', url: 'https://o.example/t', date: '2024-05-06', text: 'First.\n\nSecond.\n\nThird.' });
    expect(a.paragraphs).toHaveLength(3);
  });

  test('missing optional fields become empty values', () => {
    expect(article(read('x.json', '{"text":"Only text."}'))).toMatchObject({ title: '', outlet: '', url: '', date: null });
  });

  test.each([
    ['bad JSON', '{"text": ', 'unreadable', /not valid JSON/],
    ['not an object', '["text"]', 'unreadable', /one article/],
    ['missing text', '{"title":"T"}', 'empty', /"text" field/],
    ['empty text', '{"text":"  "}', 'empty', /"text" field/],
  ])('%s is a clear failure', (_name, content, reason, message) => {
    const result = read('x.json', content);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('.html and others', () => {
  const page = `<html lang="en"><head><title>Bridge opens</title><meta property="og:site_name" content="Town Paper"></head>
    <body><article><h1>Bridge opens</h1>${`<p>${LONG_PARA}</p>`.repeat(4)}</article></body></html>`;

  test.each(['story.html', 'STORY.HTM'])('%s goes through extraction, meta overrides', (name) => {
    const a = article(read(name, page, { url: 'https://town.example/bridge', date: '2025-01-02' }));
    expect(a).toMatchObject({ title: 'Bridge opens', outlet: 'Town Paper', url: 'https://town.example/bridge', date: '2025-01-02', lang: 'en' });
    expect(a.paragraphs).toHaveLength(4);
  });

  test('a non-article page says so', () => {
    expect(read('login.html', '<html><body><form><input name="user"></form></body></html>')).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test.each(['notes.pdf', 'README', 'archive.tar.gz'])('unknown extension %s is a failure naming the accepted ones', (name) => {
    const result = read(name, 'whatever');
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    if (!result.ok) expect(result.message).toMatch(/\.html, \.htm, \.txt or \.json/);
  });
});
