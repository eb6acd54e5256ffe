import { VERDICT_LABELS, VERDICTS, type Verdict } from '@/utils/order-quote-reports';

export interface ReportHeaderProps {
  outlet: string;
  title: string;
  date: string | null;
  /** Quotes per verdict (see countVerdicts). */
  counts: Record<Verdict, number>;
}

/** The checked article's outlet, title and date, and how many of its quotes got each verdict. */
export function ReportHeader({ outlet, title, date, counts }: ReportHeaderProps) {
  const total = VERDICTS.reduce((n, v) => n + counts[v], 0);
  const shown = VERDICTS.filter((v) => counts[v] > 0);
  return (
    <header class="report-header" data-testid="report-header">
      <p class="meta">
        <span class="outlet">{outlet || 'Unknown outlet'}</span>
        {date && (
          <>
            {' · '}
            <time dateTime={date}>{date}</time>
          </>
        )}
      </p>
      <h1 class="title">{title || 'Untitled article'}</h1>
      <p class="summary">
        {total} quote{total === 1 ? '' : 's'}
      </p>
      {shown.length > 0 && (
        <ul class="counts" aria-label="Quotes by verdict">
          {shown.map((v) => (
            <li key={v} class={`count chip chip-${v}`} data-testid={`count-${v}`}>
              <strong>{counts[v]}</strong> {VERDICT_LABELS[v]}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
