/**
 * The sample coverage "Load sample coverage" adds: the two seed articles (two outlets' reports of
 * one speech), bundled into the extension as raw text at build time with their metadata.
 */
import seed000 from '@/seeds/000_fa55279f4966502b.txt?raw';
import seed001 from '@/seeds/001_172d88e8f7af0655.txt?raw';
import metadata from '@/seeds/metadata.json';
import { readArticleFile } from '@/utils/read-article-file';
import type { Article } from '@/utils/types';

const SEEDS: Record<keyof typeof metadata, string> = {
  '000_fa55279f4966502b.txt': seed000,
  '001_172d88e8f7af0655.txt': seed001,
};

function noHtml(): Document {
  throw new Error('sample-coverage: seeds are plain text');
}

/** The seed articles, in file order, with the outlet, title and date metadata.json gives them. */
export function sampleArticles(): Article[] {
  return (Object.keys(SEEDS) as (keyof typeof metadata)[]).map((name) => {
    const result = readArticleFile({ name, content: SEEDS[name], parseHtml: noHtml, meta: metadata[name] });
    if (!result.ok) throw new Error(`sample-coverage: seed ${name} is unreadable: ${result.message}`);
    return result.article;
  });
}
