import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf, SpeakerView } from '@/utils/protocol/messages';
import { SPEAKER_PAGE_QUOTES } from '@/utils/families/speakers';
import type { SpeakerOverrides } from '@/utils/storage/settings';
import { safeHttpUrl } from '@/utils/report/text-fragment-url';
import { libraryHash } from '@/utils/ui/library-route';
import { useT } from '@/components/i18n';
import { EvidenceExport } from '@/components/library/EvidenceExport';
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';

export interface SpeakerPageProps {
  name: string;
  /** A person's page, its first `limit` quotes (the worker's first page without it). */
  getSpeaker: (name: string, limit?: number) => Promise<ResponseOf<'get-speaker'>>;
  /** The reader's merges and splits now in force (null until the settings are read). */
  overrides: SpeakerOverrides | null;
  /** Stores new overrides; resolves when they are in force. */
  onOverrides: (next: SpeakerOverrides) => Promise<void>;
  /** Exports the person's quotes as evidence, or copies their Markdown. */
  onExport: (name: string, choice: ExportChoice) => Promise<ExportOutcome>;
}

/** A person's page: every saved quote credited to them across the library, the names merged, and the reader's merge and split. */
export function SpeakerPage({ name, getSpeaker, overrides, onOverrides, onExport }: SpeakerPageProps) {
  const t = useT();
  const [speaker, setSpeaker] = useState<SpeakerView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [mergeWith, setMergeWith] = useState('');
  const [version, setVersion] = useState(0);
  // undefined: the worker's first page (the request library-early.js sends before this code loads).
  const [limit, setLimit] = useState<number | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  // Only the latest request's reply is shown (a merge or split while more quotes are coming asks again).
  const latest = useRef(0);
  const ask = (upTo?: number) => {
    const asked = ++latest.current;
    void getSpeaker(name, upTo).then((r) => {
      if (asked !== latest.current) return;
      setLoadingMore(false);
      if (r.ok) setSpeaker(r.data);
      else setError(r.error);
    });
  };
  // A layout effect: a reply already here (asked early, library-early.js) is shown before the first paint, not a frame later.
  useLayoutEffect(() => {
    setSpeaker(undefined);
    setLimit(undefined);
    setLoadingMore(false);
    ask();
  }, [name, getSpeaker, version]);
  // More quotes keep those shown on screen while the longer page comes.
  useLayoutEffect(() => {
    if (limit === undefined) return;
    setLoadingMore(true);
    ask(limit);
  }, [limit]);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (speaker === undefined) return <p class="muted">{t('buildingFamilies')}</p>;
  if (speaker === null) return <p class="list-empty" data-testid="speaker-not-found">{t('speakerNotFound')}</p>;
  const current = overrides ?? { merged: [], split: [] };
  const split = async (alias: string) => {
    await onOverrides({ merged: current.merged.filter(([a]) => a !== alias), split: [...current.split, alias] });
    setVersion((v) => v + 1);
  };
  const merge = async (e: Event) => {
    e.preventDefault();
    const other = mergeWith.trim();
    if (!other) return;
    const check = await getSpeaker(other);
    if (!check.ok || !check.data) return setError(t('mergeUnknown', other));
    await onOverrides({ merged: [...current.merged, [check.data.name, speaker.name]], split: current.split.filter((s) => !check.data!.aliases.includes(s)) });
    setMergeWith('');
    setVersion((v) => v + 1);
  };
  return (
    <article class="panel speaker-page" aria-labelledby="speaker-title" data-testid="speaker-page">
      <p><a href={libraryHash({ view: 'speakers' })}>{t('backToSpeakers')}</a></p>
      <h2 id="speaker-title">{speaker.name}</h2>
      <p class="muted">{speaker.total === 1 ? t('speakerQuotesOne', speaker.outlets.length) : t('speakerQuotesMany', speaker.total, speaker.outlets.length)}</p>
      {speaker.aliases.length > 1 && (
        <>
          <h3>{t('alsoCreditedHeading')}</h3>
          <ul class="aliases">
            {speaker.aliases.slice(1).map((a) => (
              <li key={a} data-testid="speaker-alias">
                {a}{' '}
                <button type="button" onClick={() => void split(a)} aria-label={t('splitAliasLabel', a)} disabled={!overrides}>{t('splitAlias')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form class="row merge-form" onSubmit={(e) => void merge(e)}>
        <label>
          {t('mergeSpeaker')}{' '}
          <input type="text" value={mergeWith} onInput={(e) => setMergeWith((e.target as HTMLInputElement).value)} data-testid="merge-speaker" />
        </label>
        <button type="submit" disabled={!overrides}>{t('mergeButton')}</button>
      </form>
      <EvidenceExport heading={t('exportSpeakerHeading')} onExport={(choice) => onExport(speaker.name, choice)} />
      <h3>{t('speakerQuotes')}</h3>
      <ol class="versions">
        {speaker.quotes.map((q) => {
          const href = safeHttpUrl(q.url)?.href;
          return (
            <li key={`${q.articleId}@${q.start}`} class="version" data-testid="speaker-quote" data-article={q.articleId}>
              <p class="article-meta">
                {href ? <a href={href} target="_blank" rel="noopener noreferrer" class="outlet">{q.outlet || t('unknownOutlet')}</a> : <span class="outlet">{q.outlet || t('unknownOutlet')}</span>}
                {' · '}
                {q.date ? <time dateTime={q.date}>{q.date}</time> : t('noDate')}
                {q.credited !== speaker.name && <> · {t('creditedAs', q.credited)}</>}
              </p>
              <blockquote class="version-text">“{q.text}”</blockquote>
              {q.versions > 1 && (
                <a href={libraryHash({ view: 'family', articleId: q.articleId, offset: q.start })} data-testid="speaker-quote-family">{t('allVersionsCount', q.versions)}</a>
              )}
            </li>
          );
        })}
      </ol>
      {speaker.quotes.length < speaker.total && (
        <p class="row" aria-live="polite">
          <span class="muted" data-testid="speaker-quotes-shown">{t('speakerQuotesShown', speaker.quotes.length, speaker.total)}</span>{' '}
          <button type="button" data-testid="speaker-show-more" disabled={loadingMore}
            onClick={() => setLimit(speaker.quotes.length + SPEAKER_PAGE_QUOTES)}>
            {t('speakerShowMore', Math.min(SPEAKER_PAGE_QUOTES, speaker.total - speaker.quotes.length))}
          </button>
        </p>
      )}
    </article>
  );
}
