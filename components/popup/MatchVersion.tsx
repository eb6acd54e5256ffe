import { assessMatch } from '@/utils/report/verdicts';
import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { QuoteMatch } from '@/utils/types';
import { VerdictChips } from '@/components/popup/VerdictChip';
import { WordDiff } from '@/components/popup/WordDiff';
import { useT } from '@/components/i18n';

export interface MatchVersionProps {
  match: QuoteMatch;
  /** Who this outlet credits, to say whom the other one credits instead on a conflict. */
  speaker: string | null;
}

/**
 * How one other outlet renders the quote: outlet, date, kind with its flags beside it, what each flag found, word diff and a link that
 * opens that article at the quote. Shared by the popup's quote cards and the page's hover card.
 */
export function MatchVersion({ match, speaker }: MatchVersionProps) {
  const t = useT();
  const href = textFragmentUrl(match.url, match.text);
  const other = match.speaker ?? t('someoneElse');
  return (
    <li class="version" data-testid="match-version">
      <div class="version-head">
        <span class="outlet">{match.outlet || t('unknownOutlet')}</span>
        {match.date && <time dateTime={match.date}>{match.date}</time>}
        <VerdictChips assessment={assessMatch(match)} />
      </div>
      {match.speakerConflict && (
        <p class="flag">{speaker ? t('creditedToNot', other, speaker) : t('creditedTo', other)}</p>
      )}
      {match.meaningChanges.length > 0 && (
        <p class="flag">{t('meaningMayDiffer', match.meaningChanges.join(', '))}</p>
      )}
      <WordDiff diff={match.diff} />
      {href && (
        <a class="open-link" href={href} target="_blank" rel="noopener noreferrer">
          {t('openIn', match.outlet || t('theOtherArticle'))}
          <span class="sr-only"> {t('opensInNewTab')}</span>
        </a>
      )}
    </li>
  );
}
