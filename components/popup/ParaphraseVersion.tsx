import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { ParaphrasedQuote } from '@/utils/types';
import { FlagChip } from '@/components/popup/VerdictChip';
import { WordDiff } from '@/components/popup/WordDiff';
import { useT } from '@/components/i18n';

export interface ParaphraseVersionProps {
  source: ParaphrasedQuote;
}

/**
 * Another outlet's direct quote that a sentence here gives as indirect speech: the outlet, their
 * words in quote marks, the meaning-change flag beside the word diff (their words → this sentence)
 * and a link that opens their article at the quote. Shared by the panel, the popup and the page's
 * hover card.
 */
export function ParaphraseVersion({ source }: ParaphraseVersionProps) {
  const t = useT();
  const href = textFragmentUrl(source.url, source.text);
  const outlet = source.outlet || t('unknownOutlet');
  return (
    <li class="version paraphrase-version" data-testid="paraphrase-source">
      <div class="version-head">
        <span class="outlet">{outlet}</span>
        {source.date && <time dateTime={source.date}>{source.date}</time>}
      </div>
      <p class="their-quote">
        {t('reverseTheirQuote', outlet)} <q data-testid="their-quote">{source.text}</q>
      </p>
      <div class="diff-line">
        <span class="diff-label">{t('reverseDiffLabel')}</span>
        {source.meaningChanges.length > 0 && <FlagChip flag="meaning-change" />}
      </div>
      {source.meaningChanges.length > 0 && <p class="flag">{t('meaningMayDiffer', source.meaningChanges.join(', '))}</p>}
      <WordDiff diff={source.diff} />
      {href && (
        <a class="open-link" href={href} target="_blank" rel="noopener noreferrer">
          {t('openIn', outlet)}
          <span class="sr-only"> {t('opensInNewTab')}</span>
        </a>
      )}
    </li>
  );
}
