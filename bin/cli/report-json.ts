/** The JSON shapes of `quotes --json` and `compare --json` (README "Command line"), one line per article in batch runs. */
import type { Article, Quote } from '@/utils/types';
import type { FileReport } from './compare-files';

export function articleJson(a: Pick<Article, 'title' | 'outlet' | 'url' | 'date' | 'text'>) {
  return { title: a.title, outlet: a.outlet, url: a.url, date: a.date, text: a.text };
}

export function quotesJson(article: Article, quotes: readonly Quote[]) {
  return { article: articleJson(article), quotes };
}

export function comparisonJson(article: Article, reports: readonly FileReport[]) {
  return {
    article: articleJson(article),
    quotes: reports.map(({ quote, matches }) => ({
      ...quote,
      matches: matches.map((m) => ({
        file: m.file,
        outlet: m.outlet,
        text: m.text,
        speaker: m.speaker,
        kind: m.kind,
        similarity: m.similarity,
        speakerConflict: m.speakerConflict,
        meaningChanges: m.meaningChanges,
        diff: m.diff,
      })),
    })),
  };
}
