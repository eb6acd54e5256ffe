import { assessReport } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';
import { MatchVersion } from '@/components/popup/MatchVersion';
import { VerdictChips } from '@/components/popup/VerdictChip';
import { useT } from '@/components/i18n';

export interface QuoteCardProps {
  report: QuoteReport;
  /** Unique within the popup; ties the toggle to the panel it controls. */
  id: string;
  expanded: boolean;
  onToggle: () => void;
  /** The quote's family page in the library ("All versions"); none when no saved article carries it. */
  familyHref?: string | null;
}

/**
 * One quote of the current article: the words, the speaker, its kind and any flags beside it; expanded, every other
 * outlet's version. The header is a real <button>, so Tab reaches it and Enter/Space toggle it. Its
 * name is its visible text (kind, flags, speaker, quote) plus a hidden count of other versions: a
 * label of its own would differ from what a speech-input user sees and says (WCAG 2.5.3).
 */
export function QuoteCard({ report, id, expanded, onToggle, familyHref }: QuoteCardProps) {
  const t = useT();
  const { quote, matches } = report;
  const assessment = assessReport(report);
  const { verdict, flags } = assessment;
  const speaker = quote.speaker ?? t('unattributed');
  return (
    <article
      class={`quote-card v-${verdict}${flags.length ? ' flagged' : ''}`}
      data-testid="quote-card"
      data-verdict={verdict}
      data-flags={flags.join(' ')}
    >
      <button
        type="button"
        class="quote-toggle"
        data-testid="quote-toggle"
        aria-expanded={expanded}
        aria-controls={`${id}-panel`}
        onClick={onToggle}
      >
        <span class="quote-head">
          <VerdictChips assessment={assessment} />
          <span class="sr-only">, </span>
          <span class="speaker">{speaker}</span>
          <span class="sr-only">, </span>
          <span class="chevron" aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </span>
        <q class={expanded ? 'quote-text' : 'quote-text clamp'}>{quote.text}</q>
        <span class="sr-only">
          , {matches.length === 1 ? t('otherVersionsOne') : t('otherVersionsMany', matches.length)}
        </span>
      </button>
      {expanded && (
        <div id={`${id}-panel`} class="quote-panel">
          {matches.length === 0 ? (
            <p class="muted">{t('noOtherOutlet')}</p>
          ) : (
            <ul class="versions" aria-label={t('otherOutletsVersions')}>
              {matches.map((m) => (
                <MatchVersion key={m.articleId} match={m} speaker={quote.speaker} />
              ))}
            </ul>
          )}
          {familyHref && matches.length > 0 && (
            <a class="all-versions" href={familyHref} target="_blank" rel="noopener" aria-label={t('allVersionsLabel')} data-testid="all-versions">
              {t('allVersions')}
            </a>
          )}
        </div>
      )}
    </article>
  );
}
