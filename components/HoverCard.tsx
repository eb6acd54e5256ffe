import { assessReport } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';
import { MatchVersion } from '@/components/popup/MatchVersion';
import { VerdictChips } from '@/components/popup/VerdictChip';

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
  const { quote, matches } = report;
  return (
    <div
      class="hover-card"
      data-testid="hover-card"
      tabIndex={-1}
      role="dialog"
      aria-label="Other outlets’ versions of this quote"
      style={{ left: `${left}px`, top: `${top}px`, transform: above ? 'translateY(-100%)' : undefined }}
    >
      <div class="card-head">
        <VerdictChips assessment={assessReport(report)} />
        <span class="speaker">{quote.speaker ?? 'Unattributed'}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {matches.length === 0 ? (
        <p class="muted">Only this outlet carries this quote among your saved articles.</p>
      ) : (
        <ul class="versions">
          {matches.map((m) => (
            <MatchVersion key={m.articleId} match={m} speaker={quote.speaker} />
          ))}
        </ul>
      )}
      <p class="hint">Alt+Shift+Q: next quote · Esc: close</p>
    </div>
  );
}
