/** Small builders for QuoteReport test data, shared by the popup, ordering and highlight tests. */
import type { MatchKind, Quote, QuoteMatch, QuoteReport } from '@/utils/types';

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
