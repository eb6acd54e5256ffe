export type SaveState = 'no' | 'yes' | 'outdated' | 'saving';

export interface SaveButtonProps {
  state: SaveState;
  onSave: () => void;
}

const LABELS: Record<SaveState, string> = {
  no: 'Save to library',
  yes: 'Saved ✓',
  outdated: 'Update saved copy',
  saving: 'Saving…',
};

/** Saves the checked article to the library; says when it is saved, or saved but changed since. */
export function SaveButton({ state, onSave }: SaveButtonProps) {
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
      {LABELS[state]}
    </button>
  );
}
