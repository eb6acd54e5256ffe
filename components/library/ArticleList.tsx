import { useState } from 'preact/hooks';
import type { ArticleHistory, ArticleSummary, ResponseOf } from '@/utils/protocol/messages';
import { safeHttpUrl } from '@/utils/report/text-fragment-url';
import { ArticleVersions } from '@/components/library/ArticleVersions';
import { useT } from '@/components/i18n';

/** Saved articles grouped by story (articles sharing a storyKey), each openable and removable. */
export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  /** True while a search narrows the list (changes the empty message). */
  filtered: boolean;
  onRemove: (article: ArticleSummary) => void;
  /** Reads an article's versions (shown for articles saved again after their text changed). */
  onHistory?: (id: string) => Promise<ResponseOf<'article-history'>>;
}

/** An article's versions as shown: loading (null), read, or why not. */
type Shown = { history: ArticleHistory | null; error?: string };

interface Story {
  key: string;
  articles: ArticleSummary[];
}

/** Stories in the order their first listed article appears; articles oldest first inside a story. */
export function groupByStory(articles: readonly ArticleSummary[]): Story[] {
  const stories = new Map<string, Story>();
  for (const a of articles) {
    const story = stories.get(a.storyKey) ?? { key: a.storyKey, articles: [] };
    story.articles.push(a);
    stories.set(a.storyKey, story);
  }
  for (const s of stories.values()) s.articles.sort((x, y) => x.savedAt - y.savedAt);
  return [...stories.values()];
}

export function ArticleList({ articles, filtered, onRemove, onHistory }: ArticleListProps) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlyMap<string, Shown>>(new Map());
  const show = (id: string, shown: Shown | null) =>
    setOpen((prev) => {
      const next = new Map(prev);
      if (shown) next.set(id, shown);
      else next.delete(id);
      return next;
    });
  const toggle = async (id: string) => {
    if (open.has(id) || !onHistory) return show(id, null);
    show(id, { history: null });
    const res = await onHistory(id);
    show(id, res.ok ? (res.data ? { history: res.data } : { history: null, error: t('articleGone') }) : { history: null, error: res.error });
  };
  if (articles.length === 0) {
    return (
      <p class="list-empty" data-testid="library-empty">
        {t(filtered ? 'noSearchMatch' : 'libraryEmpty')}
      </p>
    );
  }
  return (
    <ul class="stories" aria-label={t('savedByStory')}>
      {groupByStory(articles).map((story) => (
        <li class="story" key={story.key} data-testid="story-group">
          <h3 class="story-title">
            {story.articles[0].title || t('untitledStory')}
            <span class="muted"> · {story.articles.length === 1 ? t('articleCountOne') : t('articleCountMany', story.articles.length)}</span>
          </h3>
          <ul class="articles">
            {story.articles.map((a) => {
              // A stored URL is data (an imported file can hold anything): only http(s) becomes a link.
              const href = safeHttpUrl(a.url)?.href;
              const shown = open.get(a.id);
              const panelId = `versions-${a.id}`;
              return (
                <li class="article" key={a.id} data-testid="library-article" data-id={a.id}>
                  <div class="article-main">
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer" class="article-title">
                        {a.title || a.url}
                      </a>
                    ) : (
                      <span class="article-title">{a.title || t('untitled')}</span>
                    )}
                    <p class="article-meta">
                      <span class="outlet">{a.outlet || t('unknownOutlet')}</span>
                      {a.date && <> · <time dateTime={a.date}>{a.date}</time></>}
                      {' · '}
                      {a.quoteCount === 1 ? t('quoteCountOne') : t('quoteCountMany', a.quoteCount)}
                    </p>
                    {a.earlierVersions && onHistory && (
                      <button
                        type="button" class="link-button" data-testid="article-versions-toggle"
                        aria-expanded={shown ? 'true' : 'false'} aria-controls={panelId} onClick={() => void toggle(a.id)}
                      >
                        {t('versionsCount', a.earlierVersions + 1)}
                      </button>
                    )}
                    {shown && (
                      <div id={panelId}>
                        <ArticleVersions history={shown.history} error={shown.error} />
                      </div>
                    )}
                  </div>
                  <button type="button" class="remove" data-testid="remove-article" onClick={() => onRemove(a)} aria-label={t('removeArticleLabel', a.title || a.url)}>
                    {t('remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
