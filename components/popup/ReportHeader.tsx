import { FLAG_MESSAGES, FLAGS, VERDICT_MESSAGES, VERDICTS, type Flag, type Verdict } from '@/utils/report/verdicts';
import { useT } from '@/components/i18n';

export interface ReportHeaderProps {
  outlet: string;
  title: string;
  date: string | null;
  /** Quotes per verdict (see countVerdicts): each quote once, under its kind. */
  counts: Record<Verdict, number>;
  /** Quotes per flag (see countFlags), listed after the kinds: a flag is not a kind. */
  flagCounts: Record<Flag, number>;
}

/** The checked article's outlet, title and date, how many quotes have each kind, and how many are flagged. */
export function ReportHeader({ outlet, title, date, counts, flagCounts }: ReportHeaderProps) {
  const t = useT();
  const total = VERDICTS.reduce((n, v) => n + counts[v], 0);
  const shown = VERDICTS.filter((v) => counts[v] > 0);
  const flagged = FLAGS.filter((f) => flagCounts[f] > 0);
  return (
    <header class="report-header" data-testid="report-header">
      <p class="meta">
        <span class="outlet">{outlet || t('unknownOutlet')}</span>
        {date && (
          <>
            {' · '}
            <time dateTime={date}>{date}</time>
          </>
        )}
      </p>
      <h1 class="title">{title || t('untitledArticle')}</h1>
      <p class="summary">{total === 1 ? t('quoteCountOne') : t('quoteCountMany', total)}</p>
      {shown.length > 0 && (
        <ul class="counts" aria-label={t('quotesByKind')}>
          {shown.map((v) => (
            <li key={v} class={`count chip chip-${v}`} data-testid={`count-${v}`}>
              <strong>{counts[v]}</strong> {t(VERDICT_MESSAGES[v])}
            </li>
          ))}
        </ul>
      )}
      {flagged.length > 0 && (
        <ul class="counts flag-counts" aria-label={t('flaggedQuotes')}>
          {flagged.map((f) => (
            <li key={f} class={`count chip flag-chip flag-${f}`} data-testid={`count-${f}`}>
              <strong>{flagCounts[f]}</strong> {t(FLAG_MESSAGES[f])}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
