/**
 * The shapes every part of Verbatim agrees on: articles, quotes, matches and reports.
 * Kept free of any library type so the engine, the extension and the CLI share one vocabulary.
 */

/** A half-open range [start, end) of character offsets into some text (usually `Article.text`). */
export interface Span {
  start: number;
  end: number;
}

/** An article as Verbatim sees it: metadata plus one plain text with paragraph offsets. */
export interface Article {
  /** Canonical page URL; '' when unknown (a local .txt file). */
  url: string;
  /** Publisher name shown to the reader ("IANS", "The Guardian", or the host name). */
  outlet: string;
  title: string;
  /** Publication date as YYYY-MM-DD, or null when the page does not say. */
  date: string | null;
  byline: string | null;
  /** BCP 47 language tag when known ("en", "en-GB"). */
  lang: string | null;
  /** Paragraphs joined by '\n\n'. All offsets in quotes and matches point into this string. */
  text: string;
  /** Each paragraph's span in `text`, in order. */
  paragraphs: Span[];
}

/** An article we point at (a saved article, a match's source, a related story): enough to name and open it. */
export interface ArticleRef extends Pick<Article, 'url' | 'outlet' | 'title' | 'date'> {
  /** Library id: the canonical URL, else a hash of the text (the file path in the CLI). */
  id: string;
}

/** An ArticleRef held by a match, a related entry or a quote source, whose wire and stored field is `articleId`. */
export type OtherArticleRef = Omit<ArticleRef, 'id'> & {
  /** `ArticleRef.id` of the article pointed at. */
  articleId: string;
};

/** A saved article as a listed row points at it (a family's version, a person's quote, a quotes-store row): with its save time, which orders it. */
export type SavedArticleRef = OtherArticleRef & { savedAt: number };

/** How a match, a related entry or a quote source points at `a`. */
export function otherArticleRef(a: ArticleRef): OtherArticleRef {
  return { articleId: a.id, outlet: a.outlet, url: a.url, title: a.title, date: a.date };
}

/** How a listed row points at the saved article `a`. */
export function savedArticleRef(a: ArticleRef & { savedAt: number }): SavedArticleRef {
  return { ...otherArticleRef(a), savedAt: a.savedAt };
}

/** Why an article could not be extracted; `message` is written for the reader. */
export type ExtractFailure = {
  ok: false;
  reason: 'not-article' | 'empty' | 'too-large' | 'unreadable';
  message: string;
};
export type ExtractResult = { ok: true; article: Article } | ExtractFailure;

/** One direct quote: an utterance inside quote marks, possibly in several parts. */
export interface Quote {
  /** The quoted words without their marks; parts joined by a single space. */
  text: string;
  /** Start of the first part and end of the last part in `Article.text`. */
  start: number;
  end: number;
  /**
   * Exact spans inside the marks. More than one when the quote is split around its attribution
   * (`"A," he said, "B."`) or runs over several paragraphs. `text.slice` of each part is exact.
   */
  parts: Span[];
  /** Canonical speaker name ("Sergio Gor"), never a pronoun; null when no attribution is found. */
  speaker: string | null;
  /** The speech verb or phrase that attributes it ("said", "according to"), if any. */
  cue: string | null;
  /** Where this quote's speaker is mentioned as written near the quote ("he", "Gor"). */
  speakerMention: Span | null;
  /** Where the canonical name was written in full, possibly paragraphs earlier. */
  speakerNamedAt: Span | null;
  /** A short quoted phrase woven into prose (`urged them to "stay tuned"`). */
  fragment: boolean;
}

/** How another outlet renders a quote. */
export type MatchKind = 'verbatim' | 'partial' | 'altered' | 'paraphrase';

/**
 * One step of a word-level diff between this outlet's quote and the other's version.
 * 'delete': words only in this outlet's quote; 'insert': words only in the other version.
 */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  /**
   * A journalist's marked edit rather than a silent change: 'insertion' an editor's bracketed
   * addition ("[and]"), 'substitution' a bracketed replacement ("[Mr. Lee]" for "he"), 'cut' an
   * ellipsis standing for removed words. Absent on ordinary differences.
   */
  edit?: 'insertion' | 'substitution' | 'cut';
}

/** The best rendering of one quote in one other article. */
export interface QuoteMatch extends OtherArticleRef {
  /** The other article's version: the aligned words as they appear there. */
  text: string;
  /** Span of `text` in the other article's text. */
  start: number;
  end: number;
  /** Who the other article credits, canonical name or null. */
  speaker: string | null;
  kind: MatchKind;
  /** 0..1, share of informative words that agree. */
  similarity: number;
  /** Both outlets name a speaker and they differ. */
  speakerConflict: boolean;
  /** Negations, numbers or hedges that differ ("should" vs "shouldn't"); empty when none. */
  meaningChanges: string[];
  diff: DiffOp[];
}

export interface QuoteReport {
  quote: Quote;
  /** Best match per other article, most similar first. Empty: only this outlet carries it. */
  matches: QuoteMatch[];
}

/**
 * A quote that changed between the version of an article first saved and the current one:
 * 'edited' (found changed, or credited to someone else; `now` is how the current version renders
 * it, its diff reading first save → now), 'removed' (not found now) or 'added' (a current quote no
 * first-version quote became). `quote` is the first version's, except for 'added'.
 */
export interface QuoteEdit {
  change: 'edited' | 'removed' | 'added';
  quote: Quote;
  now: QuoteMatch | null;
}

/** A saved article's versions, oldest first (the current one last), and its quotes' changes since the first. */
export interface ArticleHistory {
  id: string;
  versions: (Pick<ArticleRef, 'title' | 'date' | 'url' | 'outlet'> & { savedAt: number })[];
  /** Empty when only one version was saved. */
  edits: QuoteEdit[];
}

/** An article in the library: the extracted article, its quotes, and bookkeeping. */
export interface StoredArticle extends Article, ArticleRef {
  quotes: Quote[];
  /** Epoch milliseconds. */
  savedAt: number;
}

/** One saved article as lists show it (no text). */
export interface ArticleSummary extends ArticleRef {
  savedAt: number;
  quoteCount: number;
  /** Articles with the same key are grouped as one story in the library. */
  storyKey: string;
  /** Earlier versions kept because the article was saved again with a changed text; absent when none. */
  earlierVersions?: number;
}

/** A saved article about the same story as the one being read. */
export interface RelatedArticle extends OtherArticleRef {
  /** 0..1: weighted share of the story's terms found, times date proximity. */
  score: number;
}

/** Articles that are copies of one another (transitively); only groups of two or more. */
export interface WireGroup {
  articleIds: string[];
  /** Distinct outlets in the group, in `articleIds` order. */
  outlets: string[];
  /** The likely original: the earliest dated member, else the first given. */
  source: string;
}

/** Another outlet's direct quote as the reverse coverage names it: its article and its words there. */
export interface OtherQuote extends OtherArticleRef {
  /** Their quoted words, without the marks. */
  text: string;
}

/** A quote other outlets on this story carry and this article neither quotes nor paraphrases. */
export interface QuotedElsewhere {
  /** The fullest version's words. */
  text: string;
  /** Distinct outlets carrying it, in related order. */
  outlets: string[];
  /** Each related article's version, one per article. */
  sources: OtherQuote[];
}

/** The quotes missing here of one speaker. */
export interface QuotedElsewhereGroup {
  /** Canonical speaker; null ("unattributed"): no outlet credits anyone, or they credit different people. */
  speaker: string | null;
  quotes: QuotedElsewhere[];
}

/** How one other outlet's direct quote reads in a sentence here, as indirect speech. */
export interface ParaphrasedQuote extends OtherQuote {
  similarity: number;
  /** From their words to ours: 'delete' words only in their quote, 'insert' words only here. */
  diff: DiffOp[];
  /** Negations, numbers or hedges that differ; empty when none. */
  meaningChanges: string[];
}

/** A stretch of this article that renders other outlets' direct quotes as indirect speech. */
export interface ParaphrasedSentence extends Span {
  /** The words here (`text.slice(start, end)` of this article). */
  text: string;
  /** One per quote rendered here, in related order. */
  sources: ParaphrasedQuote[];
}

/** What a compare gives for one article: the protocol's report carries all of it. */
export interface Comparison {
  quotes: QuoteReport[];
  /** Wire groups among this article and every matched or related article. */
  wire: WireGroup[];
  related: RelatedArticle[];
  /** The related articles' quotes this article lacks, by speaker, most quotes first (empty when not asked: `reverse: false`). */
  elsewhere: QuotedElsewhereGroup[];
  /** This article's sentences that paraphrase a related article's direct quote, in text order (empty when not asked). */
  paraphrasedHere: ParaphrasedSentence[];
}
