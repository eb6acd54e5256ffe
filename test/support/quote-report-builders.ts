/** Small builders for QuoteReport test data, shared by the popup, ordering and highlight tests (and the reverse sections'). */
import type { MatchKind, OtherQuote, ParaphrasedQuote, ParaphrasedSentence, Quote, QuoteMatch, QuoteReport, QuotedElsewhereGroup } from '@/utils/types';

export function makeQuote(text: string, start = 0, speaker: string | null = 'Ana Ruiz'): Quote {
  return {
    text,
    start,
    end: start + text.length,
    parts: [{ start, end: start + text.length }],
    speaker,
    cue: 'said',
    speakerMention: null,
    speakerNamedAt: null,
    fragment: false,
  };
}

export function makeMatch(kind: MatchKind, over: Partial<QuoteMatch> = {}): QuoteMatch {
  return {
    articleId: 'other-1',
    outlet: 'Harbour Gazette',
    url: 'https://gazette.example/story',
    title: 'Council votes on the bridge',
    date: '2026-03-13',
    text: 'we will build the bridge',
    start: 0,
    end: 24,
    speaker: 'Ana Ruiz',
    kind,
    similarity: 0.9,
    speakerConflict: false,
    meaningChanges: [],
    diff: [{ op: 'equal', text: 'we will build the bridge' }],
    ...over,
  };
}

export function makeReport(text: string, start: number, matches: QuoteMatch[]): QuoteReport {
  return { quote: makeQuote(text, start), matches };
}

export function makeOtherQuote(text: string, over: Partial<OtherQuote> = {}): OtherQuote {
  return { articleId: 'other-1', outlet: 'Harbour Gazette', url: 'https://gazette.example/story', title: 'Council votes on the bridge', date: '2026-03-13', text, ...over };
}

/** One speaker's quotes missing here, each carried by the given outlets (one article each). */
export function makeElsewhereGroup(speaker: string | null, quotes: { text: string; outlets: string[] }[]): QuotedElsewhereGroup {
  return {
    speaker,
    quotes: quotes.map(({ text, outlets }) => ({
      text,
      outlets,
      sources: outlets.map((outlet, i) => makeOtherQuote(text, { articleId: `${outlet}-${i}`, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story` })),
    })),
  };
}

/** A sentence here at `start` rendering one other outlet's quote; `over` changes that source. */
export function makeParaphrased(text: string, start: number, theirs: string, over: Partial<ParaphrasedQuote> = {}): ParaphrasedSentence {
  return {
    text,
    start,
    end: start + text.length,
    sources: [{ ...makeOtherQuote(theirs), similarity: 0.8, diff: [{ op: 'delete', text: theirs }, { op: 'insert', text }], meaningChanges: [], ...over }],
  };
}
