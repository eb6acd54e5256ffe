/** The JSON shapes of `quotes --json` and `compare --json` (README "Command line"), one line per article in batch runs. */
import type { Article, OtherQuote, Quote } from '@/utils/types';
import type { FileReport, FileReverse } from './compare-files';

export function articleJson(a: Pick<Article, 'title' | 'outlet' | 'url' | 'date' | 'text'>) {
  return { title: a.title, outlet: a.outlet, url: a.url, date: a.date, text: a.text };
}

export function quotesJson(article: Article, quotes: readonly Quote[]) {
  return { article: articleJson(article), quotes };
}

/** Another file's quote as the reverse sections name it: the file as given, its outlet and the quoted words. */
const otherQuoteJson = (s: OtherQuote) => ({ file: s.articleId, outlet: s.outlet, text: s.text });

/** `elsewhere` and `paraphrasedHere` (README "Command line"): the reverse sections, after `quotes`. */
export function reverseJson(reverse: FileReverse) {
  return {
    elsewhere: reverse.elsewhere.map((g) => ({
      speaker: g.speaker,
      quotes: g.quotes.map((q) => ({ text: q.text, outlets: q.outlets, sources: q.sources.map(otherQuoteJson) })),
    })),
    paraphrasedHere: reverse.paraphrasedHere.map((p) => ({
      text: p.text,
      start: p.start,
      end: p.end,
      sources: p.sources.map((s) => ({ ...otherQuoteJson(s), similarity: s.similarity, meaningChanges: s.meaningChanges, diff: s.diff })),
    })),
  };
}

/** `reverse`: the reverse sections, added after the quotes when given (`compare`, `compare --library`). */
export function comparisonJson(article: Article, reports: readonly FileReport[], reverse?: FileReverse) {
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
    ...(reverse ? reverseJson(reverse) : {}),
  };
}
