import { useT } from '@/components/i18n';

export interface LibraryEmptyNoticeProps {
  onLoadSamples: () => void;
  loading: boolean;
}

/**
 * Shown when the library holds nothing to compare with: every quote would read "only here". One
 * click adds the sample coverage (the seed articles) so the reader sees what Verbatim does.
 */
export function LibraryEmptyNotice({ onLoadSamples, loading }: LibraryEmptyNoticeProps) {
  const t = useT();
  return (
    <section class="notice" data-testid="library-empty" role="status">
      <p>{t('libraryNoCoverage')}</p>
      <button type="button" class="primary" data-testid="load-samples" disabled={loading} onClick={onLoadSamples}>
        {t(loading ? 'loadingSamples' : 'loadSamples')}
      </button>
    </section>
  );
}
