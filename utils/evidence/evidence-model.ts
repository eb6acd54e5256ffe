/**
 * What every evidence export of one article's comparison says (issue 15, item 5): the article, its
 * quotes in the popup's order, each with its kind and flags and every other version with its diff
 * and a link that opens that article at the quote. Derived from QuoteReport with the popup's own
 * verdicts and labels (utils/report/verdicts), never a second verdict model. Pure: the four
 * writers (evidence-markdown, -html, -annotations, -claimreview) only lay this out.
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
import type { Article, ArticleRef, DiffOp, MatchKind, OtherArticleRef, Quote, QuoteReport } from '@/utils/types';

/**
 * The checked article: `id` is the stored one or the one the library would give it; `url` only when
 * http(s), '' otherwise (a local file, or a URL that must not be a link).
 */
export interface EvidenceArticle extends ArticleRef {
  /** The article's plain text: every offset below points into it. */
  text: string;
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
  kind: MatchKind;
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
}

/** A quote as the reports show it: the quote's own fields (the Quote model), plus its verdict and versions. */
export interface EvidenceQuote extends Pick<Quote, 'text' | 'start' | 'end' | 'parts' | 'speaker' | 'cue' | 'fragment'> {
  verdict: Verdict;
  flags: Flag[];
  label: string;
  /** Opens this article at the quote; null without an http(s) URL. */
  link: string | null;
  /** Most similar first, as the comparison ordered them. */
  versions: EvidenceVersion[];
}

export interface Evidence {
  article: EvidenceArticle;
  /** In the popup's order: most important first. */
  quotes: EvidenceQuote[];
  verdictCounts: Record<Verdict, number>;
  flagCounts: Record<Flag, number>;
  /** ISO time the export was made, when the caller gives one (tests leave it out to stay stable). */
  generatedAt: string | null;
}

export interface EvidenceOptions {
  /** The stored id of the article; derived like the library's when absent. */
  id?: string;
  generatedAt?: string;
  /** When the reader saved an article, by id (the library knows; the CLI does not). */
  savedAt?: (articleId: string) => number | undefined;
}

const httpOr = (url: string) => safeHttpUrl(url)?.href ?? '';

export function buildEvidence(article: Article, reports: readonly QuoteReport[], opts: EvidenceOptions = {}): Evidence {
  const quotes = orderQuoteReports(reports).map((report): EvidenceQuote => {
    const { quote } = report;
    const assessment = assessReport(report);
    return {
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
      // The span, not the joined text: a split quote's parts are found only with the words between them.
      link: textFragmentUrl(article.url, article.text.slice(quote.start, quote.end)),
      versions: report.matches.map((m) => {
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
          flags: a.flags,
          label: assessmentLabel(a),
          similarity: m.similarity,
          speakerConflict: m.speakerConflict,
          meaningChanges: [...m.meaningChanges],
          diff: m.diff.map((d) => ({ ...d })),
          link: textFragmentUrl(m.url, m.text),
          savedAt: opts.savedAt?.(m.articleId) ?? null,
        };
      }),
    };
  });
  const id = opts.id ?? articleId(article);
  return {
    article: {
      id,
      outlet: article.outlet,
      title: article.title,
      date: article.date,
      url: httpOr(article.url),
      text: article.text,
      savedAt: opts.savedAt?.(id) ?? null,
    },
    quotes,
    verdictCounts: countVerdicts(reports),
    flagCounts: countFlags(reports),
    generatedAt: opts.generatedAt ?? null,
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
export function meaningNote(version: EvidenceVersion): string {
  return `Meaning may differ: ${version.meaningChanges.join(', ')}`;
}

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
