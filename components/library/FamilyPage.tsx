import { useLayoutEffect, useState } from 'preact/hooks';
import type { FamilyRef, FamilyVersion, FamilyView, ResponseOf } from '@/utils/protocol/messages';
import { safeHttpUrl } from '@/utils/report/text-fragment-url';
import { libraryHash } from '@/utils/ui/library-route';
import { VerdictChips } from '@/components/popup/VerdictChip';
import { WordDiff } from '@/components/popup/WordDiff';
import { useT } from '@/components/i18n';
import type { Flag } from '@/utils/report/verdicts';
import { EvidenceExport } from '@/components/library/EvidenceExport';
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';

export interface FamilyPageProps {
  familyRef: FamilyRef;
  getFamily: (ref: FamilyRef) => Promise<ResponseOf<'get-family'>>;
  /** Exports the family as evidence (Markdown, HTML report, Web Annotations, ClaimReview draft) or copies its Markdown. */
  onExport: (ref: FamilyRef, choice: ExportChoice) => Promise<ExportOutcome>;
}

/** One quote family: the reference version, where it was first seen, then every version oldest first with its diff against the reference. */
export function FamilyPage({ familyRef, getFamily, onExport }: FamilyPageProps) {
  const t = useT();
  const [family, setFamily] = useState<FamilyView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // A layout effect: a reply already here (asked early, library-early.js) is shown before the first paint, not a frame later.
  useLayoutEffect(() => {
    setFamily(undefined);
    void getFamily(familyRef).then((r) => (r.ok ? setFamily(r.data) : setError(r.error)));
  }, [familyRef.articleId, familyRef.offset, getFamily]);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (family === undefined) return <p class="muted">{t('buildingFamilies')}</p>;
  if (family === null) return <p class="list-empty" data-testid="family-not-found">{t('familyNotFound')}</p>;
  const first = family.firstSeen;
  return (
    <article class="panel family-page" aria-labelledby="family-title" data-testid="family-page">
      <p><a href={libraryHash({ view: 'families' })}>{t('backToFamilies')}</a></p>
      <h2 id="family-title">{t('familyTitle')}</h2>
      <figure class="reference" data-testid="family-reference">
        <blockquote>“{family.reference.text}”</blockquote>
        <figcaption class="article-meta">
          {t('referenceVersion')} · <span class="outlet">{family.reference.outlet || t('unknownOutlet')}</span>
          {family.reference.speaker && <> · {speakerLink(family.reference.speaker)}</>}
        </figcaption>
      </figure>
      {first && (
        <p class="first-seen" data-testid="first-seen">
          {first.date ? t('firstSeen', first.outlet || t('unknownOutlet'), first.date) : t('firstSeenNoDate', first.outlet || t('unknownOutlet'))}
          {first.tiedOnDate && <> {t('firstSeenTie')}</>}
          {first.undated > 0 && <> {first.undated === 1 ? t('firstSeenUndatedOne') : t('firstSeenUndatedMany', first.undated)}</>}
        </p>
      )}
      <EvidenceExport heading={t('exportFamilyHeading')} onExport={(choice) => onExport(family.id, choice)} />
      <h3>{t('versionsInDateOrder')}</h3>
      <ol class="versions">
        {family.versions.map((v) => <Version key={`${v.articleId}@${v.start}`} version={v} />)}
      </ol>
    </article>
  );
}

function speakerLink(name: string) {
  return <a href={libraryHash({ view: 'speaker', name })} data-testid="speaker-link">{name}</a>;
}

function Version({ version: v }: { version: FamilyVersion }) {
  const t = useT();
  const href = safeHttpUrl(v.url)?.href;
  const flags: Flag[] = [...(v.speakerConflict ? ['speaker-conflict' as const] : []), ...(v.meaningChanges.length ? ['meaning-change' as const] : [])];
  return (
    <li class={`version${v.reference ? ' is-reference' : ''}`} data-testid="family-version" data-form={v.form} data-kind={v.kind ?? ''}>
      <p class="article-meta">
        {href ? <a href={href} target="_blank" rel="noopener noreferrer" class="outlet">{v.outlet || t('unknownOutlet')}</a> : <span class="outlet">{v.outlet || t('unknownOutlet')}</span>}
        {' · '}
        {v.date ? <time dateTime={v.date}>{v.date}</time> : <span data-testid="no-date">{t('noDate')}</span>}
        {' · '}
        {t(v.form === 'quote' ? 'formQuote' : 'formPassage')}
        {' · '}
        {v.speaker ? speakerLink(v.speaker) : t('unattributed')}
      </p>
      <p class="version-verdict">
        {v.reference ? <strong>{t('referenceLabel')}</strong> : v.kind ? <VerdictChips assessment={{ verdict: v.kind, flags }} /> : <span class="muted">{t('linkedThrough')}</span>}
      </p>
      <blockquote class="version-text">{v.form === 'quote' ? `“${v.text}”` : v.text}</blockquote>
      {!v.reference && v.kind && v.diff.length > 0 && <WordDiff diff={v.diff} />}
    </li>
  );
}
