import type { ArticleSummary } from '@/utils/protocol/messages';
import { safeHttpUrl } from '@/utils/report/text-fragment-url';

/** Saved articles grouped by story (articles sharing a storyKey), each openable and removable. */
export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  /** True while a search narrows the list (changes the empty message). */
  filtered: boolean;
  onRemove: (article: ArticleSummary) => void;
}

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

export function ArticleList({ articles, filtered, onRemove }: ArticleListProps) {
  if (articles.length === 0) {
    return (
      <p class="list-empty" data-testid="library-empty">
        {filtered ? 'No saved article matches this search.' : 'Your library is empty. Save articles from the Verbatim button in the toolbar, or load the sample coverage.'}
      </p>
    );
  }
  return (
    <ul class="stories" aria-label="Saved articles by story">
      {groupByStory(articles).map((story) => (
        <li class="story" key={story.key} data-testid="story-group">
          <h3 class="story-title">
            {story.articles[0].title || 'Untitled story'}
            <span class="muted"> · {story.articles.length === 1 ? '1 article' : `${story.articles.length} articles`}</span>
          </h3>
          <ul class="articles">
            {story.articles.map((a) => {
              // A stored URL is data (an imported file can hold anything): only http(s) becomes a link.
              const href = safeHttpUrl(a.url)?.href;
              return (
                <li class="article" key={a.id} data-testid="library-article" data-id={a.id}>
                  <div class="article-main">
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer" class="article-title">
                        {a.title || a.url}
                      </a>
                    ) : (
                      <span class="article-title">{a.title || 'Untitled'}</span>
                    )}
                    <p class="article-meta">
                      <span class="outlet">{a.outlet || 'Unknown outlet'}</span>
                      {a.date && <> · <time dateTime={a.date}>{a.date}</time></>}
                      {' · '}
                      {a.quoteCount === 1 ? '1 quote' : `${a.quoteCount} quotes`}
                    </p>
                  </div>
                  <button type="button" class="remove" data-testid="remove-article" onClick={() => onRemove(a)} aria-label={`Remove “${a.title || a.url}” from the library`}>
                    Remove
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
