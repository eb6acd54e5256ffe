import { assessReport } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';
import { MatchVersion } from '@/components/popup/MatchVersion';
import { VerdictChips } from '@/components/popup/VerdictChip';
import { useT } from '@/components/i18n';

export interface HoverCardProps {
  report: QuoteReport;
  /** Position in the viewport (the content script measures the quote; the card only renders). */
  left: number;
  top: number;
  /** `top` is where the card's bottom edge goes (it opens upwards, above the quote). */
  above: boolean;
  onClose: () => void;
}

/**
 * The small card over a highlighted quote in the page: its kind and flags, how every other
 * outlet renders it, with word diffs. Rendered in a shadow root so page styles cannot reach it.
 */
export function HoverCard({ report, left, top, above, onClose }: HoverCardProps) {
  const t = useT();
  const { quote, matches } = report;
  return (
    <div
      class="hover-card"
      data-testid="hover-card"
      tabIndex={-1}
      role="dialog"
      aria-label={t('hoverCardLabel')}
      // The page may be in another language than the card: screen readers switch voice by it.
      lang={t.locale}
      style={{ left: `${left}px`, top: `${top}px`, transform: above ? 'translateY(-100%)' : undefined }}
    >
      <div class="card-head">
        <VerdictChips assessment={assessReport(report)} />
        <span class="speaker">{quote.speaker ?? t('unattributed')}</span>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {matches.length === 0 ? (
        <p class="muted">{t('hoverOnlyHere')}</p>
      ) : (
        <ul class="versions">
          {matches.map((m) => (
            <MatchVersion key={m.articleId} match={m} speaker={quote.speaker} />
          ))}
        </ul>
      )}
      <p class="hint">{t('hoverHint')}</p>
    </div>
  );
}
