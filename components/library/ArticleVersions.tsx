import type { ArticleHistory, QuoteEdit } from '@/utils/protocol/messages';
import type { MessageKey } from '@/utils/i18n/translate';
import { WordDiff } from '@/components/popup/WordDiff';
import { useT } from '@/components/i18n';

/** A saved article's versions and the quotes changed since its first save (the library's "Versions"). */
export interface ArticleVersionsProps {
  /** null while it loads. */
  history: ArticleHistory | null;
  /** Why it could not be read, written for the reader. */
  error?: string;
}

const CHANGE_KEYS: Record<QuoteEdit['change'], MessageKey> = {
  edited: 'quoteEditedAfterFirstSave',
  removed: 'quoteRemovedAfterFirstSave',
  added: 'quoteAddedAfterFirstSave',
};

/** Minutes are enough to tell saves apart; UTC so the same library reads the same everywhere. */
export function savedTime(savedAt: number): string {
  return new Date(savedAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function ArticleVersions({ history, error }: ArticleVersionsProps) {
  const t = useT();
  if (error) return <p role="alert" class="error">{error}</p>;
  if (!history) return <p class="muted">{t('loading')}</p>;
  const last = history.versions.length - 1;
  return (
    <div class="versions" data-testid="article-versions">
      <ol class="version-list" aria-label={t('versionsListLabel')}>
        {history.versions.map((v, i) => (
          <li key={v.savedAt}>
            <time dateTime={new Date(v.savedAt).toISOString()}>{savedTime(v.savedAt)}</time>
            {' · '}
            <span class="muted">{i === 0 ? t('versionFirstSaved') : i === last ? t('versionCurrent') : t('versionEarlier')}</span>
            {' · '}
            {v.title || t('untitled')}
          </li>
        ))}
      </ol>
      {history.edits.length === 0 ? (
        <p class="muted" data-testid="no-quote-edits">{t('noQuoteEdits')}</p>
      ) : (
        <ul class="quote-edits" aria-label={t('quoteEditsLabel')}>
          {history.edits.map((e, i) => (
            <li key={i} class={`quote-edit ${e.change}`} data-testid="quote-edit" data-change={e.change}>
              <span class="edit-label">{t(CHANGE_KEYS[e.change])}</span>
              {e.now && e.change === 'edited' ? (
                <>
                  <WordDiff diff={e.now.diff} />
                  {e.now.speakerConflict && (
                    <p class="muted">{t('editSpeakerChanged', e.quote.speaker ?? '', e.now.speaker ?? '')}</p>
                  )}
                </>
              ) : (
                <q>{e.quote.text}</q>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
