import { useEffect, useRef, useState } from 'preact/hooks';
import type { FamilySummary, ResponseOf } from '@/utils/protocol/messages';
import { libraryHash } from '@/utils/ui/library-route';
import { useT } from '@/components/i18n';

export interface FamiliesViewProps {
  listFamilies: (query: string) => Promise<ResponseOf<'list-families'>>;
}

/** Quote families of two versions or more, searchable by their words, speaker or outlets. */
export function FamiliesView({ listFamilies }: FamiliesViewProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ total: number; families: FamilySummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef('');
  useEffect(() => {
    latest.current = query;
    void listFamilies(query).then((r) => {
      if (latest.current !== query) return;
      if (r.ok) setResult(r.data);
      else setError(r.error);
    });
  }, [query, listFamilies]);
  return (
    <section class="panel" aria-labelledby="families-title" data-testid="families-view">
      <h2 id="families-title">{t('familiesTitle')}</h2>
      <p class="muted">{t('familiesIntro')}</p>
      <label class="search-box">
        <span>{t('searchFamilies')}</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} data-testid="families-search" />
      </label>
      {error && <p role="alert" class="error">{error}</p>}
      {result === null ? (
        <p class="muted">{t('buildingFamilies')}</p>
      ) : result.families.length === 0 ? (
        <p class="list-empty" data-testid="families-empty">{t(query.trim() ? 'noSearchMatch' : 'familiesEmpty')}</p>
      ) : (
        <>
          {result.total > result.families.length && <p class="muted">{t('familiesMore', result.families.length, result.total)}</p>}
          <ul class="families">
            {result.families.map((f) => (
              <li key={`${f.id.articleId}@${f.id.offset}`} class="family-item" data-testid="family-item">
                <a href={libraryHash({ view: 'family', ...f.id })} class="family-link">“{f.text}”</a>
                <p class="article-meta">
                  {f.speaker && <span class="outlet">{f.speaker}</span>}
                  {f.speaker && ' · '}
                  {t('familyVersionsOutlets', f.versions, f.outlets)}
                  {f.firstDate && <> · <time dateTime={f.firstDate}>{f.firstDate}</time></>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
