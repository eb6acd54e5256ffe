import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';

/** "Clear library" with an explicit confirmation step; focus moves to the choice and back. */
export interface ClearAllProps {
  count: number;
  onClear: () => void;
}

export function ClearAll({ count, onClear }: ClearAllProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="danger" ref={openRef} data-testid="clear-all" disabled={count === 0} onClick={() => setConfirming(true)}>
        {t('clearLibraryButton')}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="clear-question" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
      <p id="clear-question">{count === 1 ? t('clearQuestionOne') : t('clearQuestionMany', count)}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          data-testid="clear-confirm"
          onClick={() => {
            setConfirming(false);
            onClear();
          }}
        >
          {t('removeAll')}
        </button>
        <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
