/**
 * `verbatim eval speaker-names <corpus>`: the speaker names of test/judged/speaker-names.jsonl read
 * again. Each line is a quote of an AllSides article (by url and the quote's start, as `verbatim
 * quotes --jsonl` gives it) whose speaker changed between two builds, with both names judged by a
 * reader in context (right, glued, wrong, null). Each quote's current name is scored with the label
 * of the judged name it equals; a name judged nowhere is counted as not judged (a change to read).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../cli/project-root';
import { readInputs } from '../cli/article-inputs';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { judgedQuoteKey, readJudgedNames, scoreJudgedNames } from './score-speaker-names';

export async function runSpeakerNamesEval(dir: string): Promise<number> {
  const labels = readJudgedNames(await readFile(join(PROJECT_ROOT, 'test/judged/speaker-names.jsonl'), 'utf8'));
  const wanted = new Set(labels.map((l) => l.url));
  const speakers = new Map<string, string | null>(); // `${url} ${quoteStart}` → speaker now
  for await (const item of readInputs([join(dir, 'allsides/articles.jsonl')])) {
    if (!('article' in item) || !wanted.has(item.article.url)) continue;
    for (const q of findQuotes(item.article)) speakers.set(judgedQuoteKey({ url: item.article.url, quoteStart: q.start }), q.speaker);
  }
  const score = scoreJudgedNames(labels, (key) => speakers.get(key));
  console.log(`eval speaker-names: ${labels.length} judged speaker changes of ${new Set(labels.map(judgedQuoteKey)).size} quotes (test/judged/speaker-names.jsonl)`);
  for (const [split, s] of Object.entries(score)) {
    const line = Object.entries(s).map(([label, n]) => `${label} ${n}`).join(', ');
    console.log(`${split.padEnd(9)} ${line}`);
  }
  return 0;
}
