/**
 * An article from a file's name and content (.html/.htm, .txt, .json), for the CLI and for
 * importing saved coverage. Pure: the caller reads the file and supplies an HTML parser, so this
 * module works the same in Node (bin/cli/node-dom) and in the extension.
 */
import { extractArticle } from '@/utils/article/extract-article';
import { normalizeDate } from '@/utils/article/article-metadata';
import { articleFromPlainText, articleTextFromLines } from '@/utils/article/article-text';
import type { Article, ExtractFailure, ExtractResult } from '@/utils/types';

export type ArticleFileMeta = Partial<Pick<Article, 'title' | 'outlet' | 'url' | 'date'>>;

export interface ArticleFileInput {
  /** File name or path; its extension picks the reader. */
  name: string;
  content: string;
  parseHtml: (html: string, url: string) => Document;
  /** Known facts about the article; they override what the file itself says. */
  meta?: ArticleFileMeta;
}

/** Reads one article file. Failures come back as results with a message for the reader. */
export function readArticleFile(input: ArticleFileInput): ExtractResult {
  const ext = /\.([a-z0-9]+)$/i.exec(input.name)?.[1]?.toLowerCase() ?? '';
  const meta = input.meta ?? {};
  let result: ExtractResult;
  if (ext === 'html' || ext === 'htm') {
    result = fromHtml(input, meta.url ?? '');
  } else if (ext === 'txt') {
    result = fromPlainText(input.content);
  } else if (ext === 'json') {
    result = fromJson(input.content);
  } else {
    return failure('unreadable', `Verbatim can't read "${input.name}": article files must end in .html, .htm, .txt or .json.`);
  }
  if (!result.ok) return result;
  const overrides = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { ok: true, article: { ...result.article, ...overrides } };
}

// A news-agency dateline at the start of a story: "New Delhi, March 13 (IANS) …",
// "WASHINGTON (Reuters) - …", "(AP) — …". Before the agency only a capitalised place (with a
// date) may stand, and the agency is an acronym or a known name, so "The Federal Bureau of
// Investigation (FBI) said" is not taken for a dateline.
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const PLACE = String.raw`(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\p{L} .'’-]{1,30})?|[A-Z][\p{L} .'’-]{1,40},\s*${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)`;
const AGENCY = String.raw`[A-Z][A-Z&]{1,7}|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax`;
const DATELINE = new RegExp(String.raw`^(?:${PLACE}\s*)?\((?<agency>${AGENCY})\)\s*(?:[-—–:]+\s*)?(?=[\p{Lu}“"])`, 'u');

function fromHtml(input: ArticleFileInput, url: string): ExtractResult {
  let doc: Document;
  try {
    doc = input.parseHtml(input.content, url);
  } catch {
    return failure('unreadable', 'This HTML file could not be read as a web page.');
  }
  return extractArticle(doc, url);
}

function fromPlainText(content: string): ExtractResult {
  const article = articleFromPlainText(content);
  if (article.text === '') return failure('empty', 'This text file is empty.');
  const firstLine = article.text.slice(article.paragraphs[0].start, article.paragraphs[0].end);
  const dateline = DATELINE.exec(firstLine);
  // The title starts after a dateline: "New Delhi, March 13 (IANS)" names no story.
  const title = titleFromFirstLine(dateline ? firstLine.slice(dateline[0].length) : firstLine);
  return { ok: true, article: { ...article, title, outlet: dateline?.groups?.agency ?? '' } };
}

const MAX_HEADLINE_WORDS = 20;
const TITLE_EXCERPT_WORDS = 12;

/**
 * The first line as the title when it reads like a headline (short, not ending like a sentence),
 * else its first words with an ellipsis so the reader still recognises the article.
 */
function titleFromFirstLine(line: string): string {
  const words = line.split(/\s+/);
  const endsLikeSentence = /[a-z0-9)][.,;]["”’]?$/.test(line);
  if (words.length <= MAX_HEADLINE_WORDS && !endsLikeSentence) return line;
  return words.length <= TITLE_EXCERPT_WORDS ? line : `${words.slice(0, TITLE_EXCERPT_WORDS).join(' ')}…`;
}

function fromJson(content: string): ExtractResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return failure('unreadable', `This file is not valid JSON (${(err as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return failure('unreadable', 'This JSON file should hold one article: an object with "title", "outlet", "url", "date" and "text".');
  }
  const record = data as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') {
    return failure('empty', 'This JSON file has no article text: its "text" field is missing or empty.');
  }
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string).trim() : '');
  return {
    ok: true,
    article: {
      url: str('url'),
      outlet: str('outlet'),
      title: str('title'),
      date: normalizeDate(record.date),
      byline: str('byline') || null,
      lang: str('lang') || null,
      ...articleTextFromLines(record.text),
    },
  };
}

function failure(reason: ExtractFailure['reason'], message: string): ExtractFailure {
  return { ok: false, reason, message };
}
