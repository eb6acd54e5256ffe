import type { ParaphrasedSentence } from '@/utils/types';
import { ParaphraseVersion } from '@/components/popup/ParaphraseVersion';
import { useT } from '@/components/i18n';

export interface ParaphraseCardProps {
  sentence: ParaphrasedSentence;
  /** Position in the viewport (the content script measures the sentence; the card only renders). */
  left: number;
  top: number;
  /** `top` is where the card's bottom edge goes (it opens upwards, above the sentence). */
  above: boolean;
  onClose: () => void;
}

/**
 * The card over a paraphrased-here sentence in the page: which outlet quotes these words directly,
 * their quote, and the word diff from their words to this sentence. The hover card's frame and styles.
 */
export function ParaphraseCard({ sentence, left, top, above, onClose }: ParaphraseCardProps) {
  const t = useT();
  return (
    <div
      class="hover-card"
      data-testid="paraphrase-card"
      tabIndex={-1}
      role="dialog"
      aria-label={t('reverseCardLabel')}
      lang={t.locale}
      style={{ left: `${left}px`, top: `${top}px`, transform: above ? 'translateY(-100%)' : undefined }}
    >
      <div class="card-head">
        <span class="paraphrased-tag">{t('reverseParaphrasedHeading')}</span>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <ul class="versions">
        {sentence.sources.map((s) => (
          <ParaphraseVersion key={s.articleId} source={s} />
        ))}
      </ul>
    </div>
  );
}
