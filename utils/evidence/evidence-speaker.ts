/**
 * A speaker's evidence (issue 15, item 5), from the library's speaker page (speakers.ts): every
 * saved quote credited to the person, oldest first as the page lists them, each in its own article
 * with its report as a check of that article shows it (the quote's forward matches in the other
 * saved articles: the families' edges, ordered as the check orders them). A quote whose saved
 * article no longer holds its span is reported and counted, not anchored.
 */
import { evidenceArticle, evidenceQuote, evidenceVersion, type Evidence, type EvidenceOptions } from '@/utils/evidence/evidence-model';
import type { SpeakerQuote, SpeakerView } from '@/utils/families/speakers';
import { orderMatches } from '@/utils/report/compare-article';
import { countFlags, countVerdicts } from '@/utils/report/verdicts';
import type { QuoteReport, StoredArticle } from '@/utils/types';

/**
 * `reportOf` gives each listed quote's report (its Quote and its matches); `resolve` the saved
 * articles of the quotes and of their matches (for the texts and save times).
 */
export function speakerEvidence(
  view: SpeakerView,
  reportOf: (q: SpeakerQuote) => QuoteReport | undefined,
  resolve: (id: string) => StoredArticle | undefined,
  opts: Pick<EvidenceOptions, 'generatedAt'> = {},
): Evidence {
  const listed = view.quotes.flatMap((q) => {
    const report = reportOf(q);
    return report ? [{ q, report: { quote: report.quote, matches: orderMatches([...report.matches]) } }] : [];
  });
  const quotes = listed.map(({ q, report }) => {
    const article = evidenceArticle({ ...q, id: q.articleId }, resolve(q.articleId)?.text, q.savedAt, report.quote.parts);
    return evidenceQuote(article, report, report.matches.map((m) => evidenceVersion(m, resolve(m.articleId)?.savedAt ?? null)));
  });
  const reports: QuoteReport[] = listed.map((l) => l.report);
  return {
    subject: { kind: 'speaker', name: view.name, aliases: view.aliases, outlets: view.outlets },
    quotes,
    verdictCounts: countVerdicts(reports),
    flagCounts: countFlags(reports),
    generatedAt: opts.generatedAt ?? null,
    unanchored: quotes.filter((q) => q.article.text === null).length,
  };
}
