/**
 * The sample coverage "Load sample coverage" adds: the two seed articles (two outlets' reports of
 * one speech), bundled into the extension as raw text at build time with their metadata.
 */
import seed000 from '@/seeds/000_fa55279f4966502b.txt?raw';
import seed001 from '@/seeds/001_172d88e8f7af0655.txt?raw';
import metadata from '@/seeds/metadata.json';
import { articleFromPlainText } from '@/utils/article/article-text';
import type { Article } from '@/utils/types';

const SEEDS: Record<keyof typeof metadata, string> = {
  '000_fa55279f4966502b.txt': seed000,
  '001_172d88e8f7af0655.txt': seed001,
};

/**
 * The seed articles, in file order, with the outlet, title and date metadata.json gives them.
 * Plain-text reading only (not read-article-file), so the background bundle carries no HTML parser.
 */
export function sampleArticles(): Article[] {
  return (Object.keys(SEEDS) as (keyof typeof metadata)[]).map((name) => {
    const article = { ...articleFromPlainText(SEEDS[name]), ...metadata[name] };
    if (!article.text) throw new Error(`sample-coverage: seed ${name} is empty`);
    return article;
  });
}
