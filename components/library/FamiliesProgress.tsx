import { useT } from '@/components/i18n';

export interface FamiliesProgressProps {
  /** How far a build of the families is; null when none is under way. */
  progress: { done: number; total: number } | null;
  /** A build finished while this page was open (its views were read again). */
  finished: boolean;
}

/** While the quote families are being built: how far, and that what the page shows is partial. */
export function FamiliesProgress({ progress, finished }: FamiliesProgressProps) {
  const t = useT();
  if (progress) {
    return (
      <p role="status" class="families-progress" data-testid="families-progress" data-done={progress.done} data-total={progress.total}>
        <progress value={progress.done} max={progress.total} aria-hidden="true" /> {t('familiesBuildProgress', progress.done, progress.total)}
      </p>
    );
  }
  return finished ? <p role="status" class="muted" data-testid="families-built">{t('familiesBuildDone')}</p> : null;
}
