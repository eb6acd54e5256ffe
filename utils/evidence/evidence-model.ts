/**
 * What every evidence export says (issue 15, item 5): its subject (one checked article, a quote
 * family or a speaker of the library), the quotes, each in its own article with its kind and flags
 * and every other version with its diff and a link that opens that article at the quote. Derived
 * from QuoteReport with the popup's own verdicts and labels (utils/report/verdicts), never a
 * second verdict model; a family's or a speaker's evidence is built from the same parts
 * (evidence-family, evidence-speaker). Pure: the four writers (evidence-markdown, -html,
 * -annotations, -claimreview) only lay this out.
 */
import { articleId } from '@/utils/article/article-id';
import { orderQuoteReports } from '@/utils/report/order-quote-reports';
import {
  assessMatch,
  assessmentLabel,
  assessReport,
  countFlags,
  countVerdicts,
  EDIT_LABELS,
  FLAG_LABELS,
  rendersDifferently,
  VERDICT_LABELS,
  type Flag,
  type Verdict,
} from '@/utils/report/verdicts';
import { safeHttpUrl, textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { FirstSeen } from '@/utils/families/family-view';
import type { Article, ArticleRef, Comparison, DiffOp, MatchKind, OtherArticleRef, OtherQuote, Quote, QuoteMatch, QuoteReport } from '@/utils/types';

/**
 * An article a quote is printed in: `id` is the stored one or the one the library would give it;
 * `url` only when http(s), '' otherwise (a local file, or a URL that must not be a link).
 */
export interface EvidenceArticle extends ArticleRef {
  /**
   * The article's plain text: every offset below points into it. Null when a saved article no
   * longer holds the quote's span (its record gone or emptied): the quote is still reported, but
   * it cannot be anchored (no annotation).
   */
  text: string | null;
  /** When the reader saved it (epoch ms), if the caller knows. */
  savedAt: number | null;
}

/** One other article's rendering of a quote; its `url` only when http(s), else ''. */
export interface EvidenceVersion extends OtherArticleRef {
  /** Their words as printed there. */
  text: string;
  /** Span of `text` in the other article's text (UTF-16 offsets, as the engine gives them). */
  start: number;
  end: number;
  speaker: string | null;
  /** Null: not compared with the quote directly (a family version linked through another version). */
  kind: MatchKind | null;
  /** Quoted there, or a passage outside quote marks (indirect speech); null when not told (an article's matches). */
  form: 'quote' | 'passage' | null;
  flags: Flag[];
  /** "Paraphrased · Meaning change": the kind first, then each flag. */
  label: string;
  similarity: number;
  speakerConflict: boolean;
  meaningChanges: string[];
  diff: DiffOp[];
  /** Opens the other article scrolled to their version (URL text fragment); null without an http(s) URL. */
  link: string | null;
  /** When the reader saved it (epoch ms), if the caller knows. */
  savedAt: number | null;
  /**
   * The other article's text when the export holds it and it holds the span (a family's versions):
   * the version then gets an annotation of its own. Null otherwise.
   */
  articleText: string | null;
}

/** A quote as the reports show it: the quote's own fields (the Quote model), plus its verdict and versions. */
export interface EvidenceQuote extends Pick<Quote, 'text' | 'start' | 'end' | 'parts' | 'speaker' | 'cue' | 'fragment'> {
  /** The article printing it: the checked one, or for a family or a speaker each quote's own. */
  article: EvidenceArticle;
  verdict: Verdict;
  flags: Flag[];
  label: string;
  /** Opens this article at the quote; null without an http(s) URL. */
  link: string | null;
  /** Most similar first, as the comparison ordered them; a family's in date order. */
  versions: EvidenceVersion[];
}

/** Another outlet's direct quote, as the reverse sections name it; `url` only when http(s), else ''. */
export interface EvidenceOtherQuote extends OtherArticleRef {
  text: string;
  /** Opens that article at the quote; null without an http(s) URL. */
  link: string | null;
}

/** A quote other outlets on this story carry and this article neither quotes nor paraphrases. */
export interface EvidenceElsewhere {
  text: string;
  outlets: string[];
  sources: EvidenceOtherQuote[];
}

/** One other outlet's direct quote given here as indirect speech; the diff runs from their words ('delete') to ours ('insert'). */
export interface EvidenceParaphraseSource extends EvidenceOtherQuote {
  similarity: number;
  diff: DiffOp[];
  meaningChanges: string[];
  flags: Flag[];
  /** "Paraphrased · Meaning change". */
  label: string;
}

/** A stretch of this article that paraphrases other outlets' direct quotes. */
export interface EvidenceParaphrased {
  text: string;
  start: number;
  end: number;
  /** Opens this article at the sentence; null without an http(s) URL. */
  link: string | null;
  sources: EvidenceParaphraseSource[];
}

/**
 * The report's reverse sections (utils/report/reverse-coverage): what other outlets on the story
 * quote that this article does not, by speaker, and which of its sentences paraphrase their quotes.
 */
export interface EvidenceReverse {
  elsewhere: { speaker: string | null; quotes: EvidenceElsewhere[] }[];
  paraphrased: EvidenceParaphrased[];
}

/**
 * What the export is about: one checked article; a quote family (one quote, the reference, and its
 * versions against it; where it was first seen in the reader's library); or a person (their quotes
 * across the library, oldest first, each with its versions as the popup shows them).
 */
export type EvidenceSubject =
  | { kind: 'article'; article: EvidenceArticle; reverse: EvidenceReverse | null }
  | { kind: 'family'; firstSeen: FirstSeen | null; outlets: string[] }
  | { kind: 'speaker'; name: string; aliases: string[]; outlets: string[] };

export interface Evidence {
  subject: EvidenceSubject;
  /** An article's in the popup's order (most important first); a speaker's oldest first; a family's one reference. */
  quotes: EvidenceQuote[];
  verdictCounts: Record<Verdict, number>;
  flagCounts: Record<Flag, number>;
  /** ISO time the export was made, when the caller gives one (tests leave it out to stay stable). */
  generatedAt: string | null;
  /** Quotes and versions whose saved article no longer holds their text: reported, not annotated. */
  unanchored: number;
}

export interface EvidenceOptions {
  /** The stored id of the article; derived like the library's when absent. */
  id?: string;
  generatedAt?: string;
  /** When the reader saved an article, by id (the library knows; the CLI does not). */
  savedAt?: (articleId: string) => number | undefined;
  /** The report's reverse sections, when it has them: exported after the quotes when either lists anything. */
  reverse?: Pick<Comparison, 'elsewhere' | 'paraphrasedHere'>;
}

const httpOr = (url: string) => safeHttpUrl(url)?.href ?? '';

/** An article as the exports show it; `text` null when it does not hold every one of `spans`. */
export function evidenceArticle(ref: ArticleRef, text: string | null | undefined, savedAt: number | null, spans: readonly { end: number }[] = []): EvidenceArticle {
  const held = text != null && spans.every((s) => s.end <= text.length) ? text : null;
  return { id: ref.id, outlet: ref.outlet, title: ref.title, date: ref.date, url: httpOr(ref.url), text: held, savedAt };
}

/** One other article's rendering, as the popup shows it; `extra` for what only a family knows. */
export function evidenceVersion(m: QuoteMatch, savedAt: number | null, extra: Partial<Pick<EvidenceVersion, 'form' | 'articleText'>> = {}): EvidenceVersion {
  const a = assessMatch(m);
  return {
    articleId: m.articleId,
    outlet: m.outlet,
    title: m.title,
    date: m.date,
    url: httpOr(m.url),
    text: m.text,
    start: m.start,
    end: m.end,
    speaker: m.speaker,
    kind: m.kind,
    form: extra.form ?? null,
    flags: a.flags,
    label: assessmentLabel(a),
    similarity: m.similarity,
    speakerConflict: m.speakerConflict,
    meaningChanges: [...m.meaningChanges],
    diff: m.diff.map((d) => ({ ...d })),
    link: textFragmentUrl(m.url, m.text),
    savedAt,
    articleText: extra.articleText ?? null,
  };
}

/** A quote of `article` with the popup's verdict over its report; `versions` in the order given. */
export function evidenceQuote(article: EvidenceArticle, report: QuoteReport, versions: EvidenceVersion[]): EvidenceQuote {
  const { quote } = report;
  const assessment = assessReport(report);
  // The span, not the joined text: a split quote's parts are found only with the words between them.
  const words = article.text?.slice(quote.start, quote.end) ?? quote.text;
  return {
    article,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    parts: quote.parts.map(({ start, end }) => ({ start, end })),
    speaker: quote.speaker,
    cue: quote.cue,
    fragment: quote.fragment,
    verdict: assessment.verdict,
    flags: assessment.flags,
    label: assessmentLabel(assessment),
    link: textFragmentUrl(article.url, words),
    versions,
  };
}

export function buildEvidence(article: Article, reports: readonly QuoteReport[], opts: EvidenceOptions = {}): Evidence {
  const id = opts.id ?? articleId(article);
  const checked = evidenceArticle({ ...article, id }, article.text, opts.savedAt?.(id) ?? null);
  const quotes = orderQuoteReports(reports).map((report) =>
    evidenceQuote(checked, report, report.matches.map((m) => evidenceVersion(m, opts.savedAt?.(m.articleId) ?? null))),
  );
  return {
    subject: { kind: 'article', article: checked, reverse: opts.reverse ? evidenceReverse(checked, opts.reverse) : null },
    quotes,
    verdictCounts: countVerdicts(reports),
    flagCounts: countFlags(reports),
    generatedAt: opts.generatedAt ?? null,
    unanchored: 0,
  };
}

const otherQuote = (s: OtherQuote): EvidenceOtherQuote => ({
  articleId: s.articleId, outlet: s.outlet, title: s.title, date: s.date, url: httpOr(s.url), text: s.text, link: textFragmentUrl(s.url, s.text),
});

/** The reverse sections as the exports show them; null when neither lists anything. */
export function evidenceReverse(article: EvidenceArticle, { elsewhere, paraphrasedHere }: Pick<Comparison, 'elsewhere' | 'paraphrasedHere'>): EvidenceReverse | null {
  if (!elsewhere.length && !paraphrasedHere.length) return null;
  return {
    elsewhere: elsewhere.map((g) => ({ speaker: g.speaker, quotes: g.quotes.map((q) => ({ text: q.text, outlets: [...q.outlets], sources: q.sources.map(otherQuote) })) })),
    paraphrased: paraphrasedHere.map((p) => ({
      text: p.text,
      start: p.start,
      end: p.end,
      link: textFragmentUrl(article.url, p.text),
      sources: p.sources.map((s) => {
        // A paraphrase whose flag can only be a meaning change: the popup's own label for it.
        const flags: Flag[] = s.meaningChanges.length ? ['meaning-change'] : [];
        return {
          ...otherQuote(s), similarity: s.similarity, diff: s.diff.map((d) => ({ ...d })), meaningChanges: [...s.meaningChanges], flags,
          label: assessmentLabel({ verdict: 'paraphrase', flags }),
        };
      }),
    })),
  };
}

/** Reader-facing names and the diff rule, re-exported so the writers take them from the popup's source. */
export { EDIT_LABELS, FLAG_LABELS, rendersDifferently, VERDICT_LABELS };

/** A diff cut into what a reader sees: plain ops, or one named marked edit holding its ops. */
export type DiffSegment = { edit: null; op: DiffOp } | { edit: NonNullable<DiffOp['edit']>; ops: DiffOp[] };

/** An ellipsis alone: the name "cut (…)" already shows it. */
const ONLY_ELLIPSIS = /^[\s.…]+$/;

/** Consecutive ops of one marked edit are one edit ("he" → "[Mr. Lee]"), as the popup groups them. */
export function diffSegments(diff: readonly DiffOp[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let i = 0; i < diff.length; ) {
    const edit = diff[i].edit;
    if (!edit) {
      out.push({ edit: null, op: diff[i++] });
      continue;
    }
    const ops: DiffOp[] = [];
    while (i < diff.length && diff[i].edit === edit) ops.push(diff[i++]);
    out.push({ edit, ops: ops.filter((d) => !(edit === 'cut' && ONLY_ELLIPSIS.test(d.text))) });
  }
  return out;
}

const opText = (d: DiffOp) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`);

/**
 * The diff readable without colour, in the CLI's wdiff style: [-only in this article-]
 * {+only in the other+}, and a marked edit named: <editor's insertion: {+[and]+}>.
 */
export function diffText(diff: readonly DiffOp[]): string {
  return diffSegments(diff)
    .map((s) => {
      if (s.edit === null) return opText(s.op);
      const words = s.ops.map(opText);
      return `<${EDIT_LABELS[s.edit]}${words.length ? `: ${words.join(' ')}` : ''}>`;
    })
    .join(' ');
}

/** "Credited to X, not Y.": what a speaker conflict found, in the popup's words. */
export function conflictNote(version: EvidenceVersion, speaker: string | null): string {
  return `Credited to ${version.speaker ?? 'someone else'}${speaker ? `, not ${speaker}` : ''}.`;
}

/** "Meaning may differ: not, 3": what a meaning change found, in the popup's words. */
export function meaningNote(version: Pick<EvidenceVersion, 'meaningChanges'>): string {
  return `Meaning may differ: ${version.meaningChanges.join(', ')}`;
}

/** The words a version with no direct comparison is labelled with (a family's, linked through another version). */
export const LINKED_LABEL = 'Linked through another version';

/** "2 quotes: 1 Paraphrased, 1 Only here; flagged: 1 Meaning change": kinds present, then flags raised. */
export function summaryLine(evidence: Evidence): string {
  const n = evidence.quotes.length;
  const kinds = (Object.keys(evidence.verdictCounts) as Verdict[])
    .filter((v) => evidence.verdictCounts[v] > 0)
    .map((v) => `${evidence.verdictCounts[v]} ${VERDICT_LABELS[v]}`);
  const flags = (Object.keys(evidence.flagCounts) as Flag[])
    .filter((f) => evidence.flagCounts[f] > 0)
    .map((f) => `${evidence.flagCounts[f]} ${FLAG_LABELS[f]}`);
  return `${n} quote${n === 1 ? '' : 's'}${kinds.length ? `: ${kinds.join(', ')}` : ''}${flags.length ? `; flagged: ${flags.join(', ')}` : ''}`;
}

/** A quote's first `n` words, "…" when cut: names a family in a title or a file name. */
export function firstWords(text: string, n = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

/** The report's title: "Quote report: <headline>", "Quote family: <speaker>, “<words>”", "Quotes of <name>". */
export function evidenceTitle(evidence: Evidence): string {
  const s = evidence.subject;
  if (s.kind === 'article') return `Quote report: ${s.article.title || '(untitled)'}`;
  if (s.kind === 'speaker') return `Quotes of ${s.name}`;
  const q = evidence.quotes[0];
  return `Quote family: ${q?.speaker ?? 'speaker not identified'}, “${firstWords(q?.text ?? '')}”`;
}

/** "First seen in your library: IANS, 2026-03-13 (…)": the family page's line, in the page's words. */
export function firstSeenLine(first: FirstSeen): string {
  const where = first.outlet || 'Unknown outlet';
  const head = first.date ? `First seen in your library: ${where}, ${first.date}.` : `First seen in your library: ${where} (no version is dated).`;
  const tie = first.tiedOnDate ? ' Another saved article has the same date: the one saved first is named.' : '';
  const undated = first.undated ? ` ${first.undated} saved ${first.undated === 1 ? 'article has' : 'articles have'} no date and could be earlier.` : '';
  return `${head}${tie}${undated} (The reader's library is a sample, not the record.)`;
}

/** What a version's diff reads against: the checked article, the family's reference, or the speaker's quote. */
export function diffBase(evidence: Evidence): string {
  return evidence.subject.kind === 'article' ? 'this article' : evidence.subject.kind === 'family' ? 'the reference' : 'the quote above';
}

/** "Printed in: IANS, 2026-03-13, “Title”": where a family's or a speaker's quote is (an article's report says it once, at the top). */
export function printedIn(a: EvidenceArticle): string {
  return `${a.outlet || 'Unknown outlet'}, ${a.date ?? 'no date given'}, “${a.title || '(untitled)'}”`;
}

/** "2 quotes and versions are not anchored: …": said when a saved article lost its text. */
export function unanchoredNote(evidence: Evidence): string | null {
  const n = evidence.unanchored;
  if (!n) return null;
  return `${n} ${n === 1 ? 'quote or version is' : 'quotes or versions are'} shown from the library's quote record only: the saved article no longer holds its text, so it carries no Web Annotation selector. Save the article again to anchor it.`;
}
