import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf, SpeakerSummary } from '@/utils/protocol/messages';
import { libraryHash } from '@/utils/ui/library-route';
import { useT } from '@/components/i18n';

export interface SpeakersViewProps {
  listSpeakers: (query: string) => Promise<ResponseOf<'list-speakers'>>;
}

/** People credited with saved quotes (names merged across articles), most quoted first, searchable. */
export function SpeakersView({ listSpeakers }: SpeakersViewProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [speakers, setSpeakers] = useState<SpeakerSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef('');
  // A layout effect: a reply already here (asked early, library-early.js) is shown before the first paint, not a frame later.
  useLayoutEffect(() => {
    latest.current = query;
    void listSpeakers(query).then((r) => {
      if (latest.current !== query) return;
      if (r.ok) setSpeakers(r.data);
      else setError(r.error);
    });
  }, [query, listSpeakers]);
  return (
    <section class="panel" aria-labelledby="speakers-title" data-testid="speakers-view">
      <h2 id="speakers-title">{t('speakersTitle')}</h2>
      <p class="muted">{t('speakersIntro')}</p>
      <label class="search-box">
        <span>{t('searchSpeakers')}</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} data-testid="speakers-search" />
      </label>
      {error && <p role="alert" class="error">{error}</p>}
      {speakers === null ? (
        <p class="muted">{t('buildingFamilies')}</p>
      ) : speakers.length === 0 ? (
        <p class="list-empty">{t(query.trim() ? 'noSearchMatch' : 'speakersEmpty')}</p>
      ) : (
        <ul class="families">
          {speakers.map((s) => (
            <li key={s.name} class="family-item" data-testid="speaker-item">
              <a href={libraryHash({ view: 'speaker', name: s.name })}>{s.name}</a>
              <span class="muted"> · {s.quotes === 1 ? t('speakerQuotesOne', s.outlets) : t('speakerQuotesMany', s.quotes, s.outlets)}</span>
              {s.aliases.length > 1 && <p class="article-meta">{t('alsoCredited', s.aliases.slice(1).join(', '))}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
