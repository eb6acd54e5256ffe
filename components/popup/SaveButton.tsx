import { useT } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n/translate';

export type SaveState = 'no' | 'yes' | 'outdated' | 'saving';

export interface SaveButtonProps {
  state: SaveState;
  onSave: () => void;
}

const LABELS: Record<SaveState, MessageKey> = {
  no: 'saveToLibrary',
  yes: 'savedCheck',
  outdated: 'updateSavedCopy',
  saving: 'saving',
};

/** Saves the checked article to the library; says when it is saved, or saved but changed since. */
export function SaveButton({ state, onSave }: SaveButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      class={`save-button save-${state}`}
      data-testid="save-button"
      data-state={state}
      disabled={state === 'yes' || state === 'saving'}
      aria-live="polite"
      onClick={onSave}
    >
      {t(LABELS[state])}
    </button>
  );
}
