import type { ComponentChildren } from 'preact';

export type EmptyKind = 'not-article' | 'restricted' | 'no-quotes' | 'error' | 'loading';

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Written for the reader; defaults to a generic sentence per kind. */
  message?: string;
  /** Shown on 'error': tries the check again. */
  onRetry?: () => void;
  children?: ComponentChildren;
}

const TITLES: Record<EmptyKind, string> = {
  'not-article': 'This page is not an article',
  restricted: 'Verbatim cannot read this page',
  'no-quotes': 'No direct quotes here',
  error: 'Something went wrong',
  loading: 'Checking the quotes…',
};

const DEFAULT_MESSAGES: Record<EmptyKind, string> = {
  'not-article': 'Open a news article and click Verbatim again.',
  restricted: 'The browser does not let extensions read this kind of page.',
  'no-quotes': 'This article quotes nobody directly, so there is nothing to compare.',
  error: 'The check did not finish.',
  loading: 'Reading the article and comparing it with your library.',
};

/** A whole-popup message for the states that have no quote cards. */
export function EmptyState({ kind, message, onRetry, children }: EmptyStateProps) {
  return (
    <section
      class={`empty empty-${kind}`}
      data-testid={`state-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading'}
    >
      <h2>{TITLES[kind]}</h2>
      <p>{message || DEFAULT_MESSAGES[kind]}</p>
      {kind === 'error' && onRetry && (
        <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
          Try again
        </button>
      )}
      {children}
    </section>
  );
}
