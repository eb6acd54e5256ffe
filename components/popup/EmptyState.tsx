import type { ComponentChildren } from 'preact';
import { useT } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n/translate';

export type EmptyKind = 'not-article' | 'restricted' | 'no-quotes' | 'error' | 'loading';

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Written for the reader; defaults to a generic sentence per kind. */
  message?: string;
  /** Shown on 'error': tries the check again. */
  onRetry?: () => void;
  children?: ComponentChildren;
}

const TITLES: Record<EmptyKind, MessageKey> = {
  'not-article': 'emptyTitleNotArticle',
  restricted: 'emptyTitleRestricted',
  'no-quotes': 'emptyTitleNoQuotes',
  error: 'emptyTitleError',
  loading: 'emptyTitleLoading',
};

const DEFAULT_MESSAGES: Record<EmptyKind, MessageKey> = {
  'not-article': 'emptyTextNotArticle',
  restricted: 'emptyTextRestricted',
  'no-quotes': 'emptyTextNoQuotes',
  error: 'emptyTextError',
  loading: 'emptyTextLoading',
};

/** A whole-popup message for the states that have no quote cards. */
export function EmptyState({ kind, message, onRetry, children }: EmptyStateProps) {
  const t = useT();
  return (
    <section
      class={`empty empty-${kind}`}
      data-testid={`state-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading'}
    >
      <h2>{t(TITLES[kind])}</h2>
      <p>{message || t(DEFAULT_MESSAGES[kind])}</p>
      {kind === 'error' && onRetry && (
        <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
      {children}
    </section>
  );
}
