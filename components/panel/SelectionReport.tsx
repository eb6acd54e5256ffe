import type { SelectionCheck } from '@/utils/protocol/messages';
import { assessReport } from '@/utils/report/verdicts';
import { selectionSummary } from '@/utils/ui/panel-state';
import { MatchVersion } from '@/components/popup/MatchVersion';
import { VerdictChips } from '@/components/popup/VerdictChip';
import { useT } from '@/components/i18n';
import type { Translate } from '@/utils/i18n/translate';

/** How many saved articles the selection was compared with (the page's own copy left out, and said so). */
function comparedWith(n: number, ownLeftOut: boolean, t: Translate): string {
  if (ownLeftOut) return n === 1 ? t('selectionComparedOwnLeftOutOne') : t('selectionComparedOwnLeftOut', n);
  return n === 1 ? t('selectionComparedOne') : t('selectionCompared', n);
}

export interface SelectionReportProps {
  check: SelectionCheck;
  /** Closes the report (the page's report below stays). */
  onClose: () => void;
}

/**
 * "Selected text": a selection checked from the context menu, read as one quote. While it runs, a
 * busy line; refused or failed, the reason in words; compared, the selection with its kind, then
 * every other outlet's version with the word diff, or that no saved article carries it.
 */
export function SelectionReport({ check, onClose }: SelectionReportProps) {
  const t = useT();
  const outcome = check.state === 'checked' ? assessReport(check.report) : null;
  return (
    <section class="selection-report" data-testid="selection-report" data-state={check.state} aria-labelledby="selection-heading">
      <div class="selection-head">
        <h2 id="selection-heading">{t('selectionHeading')}</h2>
        <button type="button" class="link-button" data-testid="selection-close" aria-label={t('selectionCloseLabel')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {check.state === 'checking' && (
        <p class="muted" role="status" aria-busy="true">
          {selectionSummary(check, t)}
        </p>
      )}
      {(check.state === 'refused' || check.state === 'failed') && (
        <p class="inline-error" data-testid="selection-message">
          {selectionSummary(check, t)}
        </p>
      )}
      {check.state === 'checked' && outcome && (
        <article class={`quote-card v-${outcome.verdict}${outcome.flags.length ? ' flagged' : ''}`} data-testid="selection-card" data-verdict={outcome.verdict}>
          <p class="quote-head">
            <VerdictChips assessment={outcome} />
          </p>
          <q class="quote-text selection-text" data-testid="selection-text">{check.report.quote.text}</q>
          {check.report.matches.length === 0 ? (
            <p class="muted" data-testid="selection-message">{t('selectionNoMatch')}</p>
          ) : (
            <>
              <p>{check.report.matches.length === 1 ? t('selectionCarriedOne') : t('selectionCarriedMany', check.report.matches.length)}</p>
              <ul class="versions" aria-label={t('otherOutletsVersions')}>
                {check.report.matches.map((m) => (
                  <MatchVersion key={m.articleId} match={m} speaker={null} />
                ))}
              </ul>
            </>
          )}
          <p class="hint" data-testid="selection-compared">
            {comparedWith(check.libraryCount - (check.pageSaved ? 1 : 0), check.pageSaved, t)}
          </p>
        </article>
      )}
    </section>
  );
}
