import { useEffect, useRef, useState } from 'preact/hooks';

/** "Clear library" with an explicit confirmation step; focus moves to the choice and back. */
export interface ClearAllProps {
  count: number;
  onClear: () => void;
}

export function ClearAll({ count, onClear }: ClearAllProps) {
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
        Clear library…
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="clear-question" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
      <p id="clear-question">
        Remove all {count === 1 ? '1 saved article' : `${count} saved articles`}? This cannot be undone; export first to keep a copy.
      </p>
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
          Remove all
        </button>
        <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
