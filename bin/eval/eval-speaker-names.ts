/**
 * `verbatim eval speaker-names <corpus>`: judged speaker names read again. Each line of
 * test/judged/speaker-names.jsonl is a quote of an AllSides article (by url and the quote's start,
 * as `verbatim quotes --jsonl` gives it) whose speaker changed between two builds, with both names
 * judged by a reader in context (right, glued, wrong, null); each line of
 * test/judged/readability-speakers.jsonl a quote of one of Readability's test pages (by its folder,
 * `readability-pages/<page>`); test/judged/speaker-sample.jsonl a random sample of all credited
 * quotes of AllSides articles; test/judged/speaker-strata.jsonl 40 tune credits of each of four ways
 * a credit is made (no cue, a far pronoun, a description, a short quote); speaker-sample-2.jsonl a
 * second random sample, drawn on a later build; speaker-sample-3.jsonl a third, drawn after the
 * 12-07 rules; speaker-sample-4.jsonl a fourth, drawn after the rules of 12-07 afternoon;
 * speaker-sample-5.jsonl a fifth, drawn after those of 12-07 evening; speaker-sample-6.jsonl a sixth,
 * drawn after those of 12-07 late; speaker-sample-7.jsonl a seventh, drawn after those of 12-07 night;
 * speaker-sample-8.jsonl an eighth, drawn on 12-07 night's final build; speaker-sample-9.jsonl a ninth, drawn after
 * the rules of 12-07 late night; speaker-sample-10.jsonl a tenth, drawn after those of 12-07 close of day;
 * speaker-sample-11.jsonl an eleventh, drawn after the first two of 12-07 late evening. Each
 * quote's current name is scored with the label of the judged name it equals; a name judged
 * nowhere is counted as not judged (a change to read).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../cli/project-root';
import { readInputs } from '../cli/article-inputs';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { judgedPageFile, judgedQuoteKey, readJudgedNames, scoreJudgedNames } from './score-speaker-names';

/** The judged names: AllSides changes, Readability's pages, eleven random samples of AllSides credits, credits by the way they were made. */
const JUDGED_FILES = ['test/judged/speaker-names.jsonl', 'test/judged/readability-speakers.jsonl', 'test/judged/speaker-sample.jsonl', 'test/judged/speaker-strata.jsonl', 'test/judged/speaker-sample-2.jsonl', 'test/judged/speaker-sample-3.jsonl', 'test/judged/speaker-sample-4.jsonl', 'test/judged/speaker-sample-5.jsonl', 'test/judged/speaker-sample-6.jsonl', 'test/judged/speaker-sample-7.jsonl', 'test/judged/speaker-sample-8.jsonl', 'test/judged/speaker-sample-9.jsonl', 'test/judged/speaker-sample-10.jsonl', 'test/judged/speaker-sample-11.jsonl'];

export async function runSpeakerNamesEval(dir: string): Promise<number> {
  const sets = await Promise.all(JUDGED_FILES.map(async (file) => ({ file, labels: readJudgedNames(await readFile(join(PROJECT_ROOT, file), 'utf8')) })));
  // Every file's articles found in one pass over the corpus.
  const speakers = await currentSpeakers(dir, new Set(sets.flatMap(({ labels }) => labels.map((l) => l.url))));
  for (const { file, labels } of sets) {
    const score = scoreJudgedNames(labels, (key) => speakers.get(key));
    console.log(`eval speaker-names: ${labels.length} judged speaker names of ${new Set(labels.map(judgedQuoteKey)).size} quotes (${file})`);
    for (const [split, s] of Object.entries(score)) {
      const line = Object.entries(s).map(([label, n]) => `${label} ${n}`).join(', ');
      console.log(`${split.padEnd(9)} ${line}`);
    }
  }
  return 0;
}

/** `${url} ${quoteStart}` → the speaker found now, for the articles and pages `wanted` names. */
async function currentSpeakers(dir: string, wanted: ReadonlySet<string>): Promise<Map<string, string | null>> {
  const speakers = new Map<string, string | null>();
  const pages = [...wanted].filter((url) => judgedPageFile(url) !== null);
  if (pages.length < wanted.size) {
    for await (const item of readInputs([join(dir, 'allsides/articles.jsonl')])) {
      if (!('article' in item) || !wanted.has(item.article.url)) continue;
      for (const q of findQuotes(item.article)) speakers.set(judgedQuoteKey({ url: item.article.url, quoteStart: q.start }), q.speaker);
    }
  }
  for (const url of pages) {
    // Read as `verbatim quotes` reads a page: through Readability, in the page's language.
    for await (const item of readInputs([join(dir, judgedPageFile(url)!)])) {
      if (!('article' in item)) continue;
      for (const q of findQuotes(item.article, lexiconFor(item.article))) speakers.set(judgedQuoteKey({ url, quoteStart: q.start }), q.speaker);
    }
  }
  return speakers;
}
