export interface LibraryEmptyNoticeProps {
  onLoadSamples: () => void;
  loading: boolean;
}

/**
 * Shown when the library holds nothing to compare with: every quote would read "only here". One
 * click adds the sample coverage (the seed articles) so the reader sees what Verbatim does.
 */
export function LibraryEmptyNotice({ onLoadSamples, loading }: LibraryEmptyNoticeProps) {
  return (
    <section class="notice" data-testid="library-empty" role="status">
      <p>
        Your library has no other coverage to compare with yet. Save articles from other outlets,
        or try it with sample coverage.
      </p>
      <button type="button" class="primary" data-testid="load-samples" disabled={loading} onClick={onLoadSamples}>
        {loading ? 'Loading samples…' : 'Load sample coverage'}
      </button>
    </section>
  );
}
