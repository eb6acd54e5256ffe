import { useState } from 'preact/hooks';
import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { ParaphrasedSentence, QuotedElsewhere, QuotedElsewhereGroup } from '@/utils/types';
import { ParaphraseVersion } from '@/components/popup/ParaphraseVersion';
import { useT } from '@/components/i18n';

export interface ReverseSectionsProps {
  /** Quotes the related articles carry and this one lacks, by speaker (the report's `elsewhere`). */
  elsewhere: readonly QuotedElsewhereGroup[];
  /** This article's sentences that paraphrase a related article's quote (the report's `paraphrasedHere`). */
  paraphrased: readonly ParaphrasedSentence[];
  /** Saved articles on this story: with none, both sections say there was nothing to read against. */
  relatedCount: number;
  /** Scrolls the page to a paraphrased sentence and marks it; absent (the popup): no button. */
  onShowParaphrase?: (index: number) => void;
  /** The sentence last shown in the page, marked in words. */
  shownParaphrase?: number | null;
  /** Prefix of element ids, unique within the page. */
  idPrefix?: string;
}

/** Quotes shown per speaker group before "Show all N": the first by the report's order (most outlets first). */
export const ELSEWHERE_SHOWN = 3;

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/**
 * What the other outlets on this story quote, read against this article, after its quote cards:
 * "Quoted elsewhere, not here" (by speaker, each group a disclosure button under its own heading,
 * the first open; a group shows its first ELSEWHERE_SHOWN quotes and a "Show all N" disclosure for
 * the rest) and "Paraphrased here" (the sentence here, then each outlet's quote it renders with the
 * word diff and the meaning-change flag; "Show in page" where the page can mark it).
 */
export function ReverseSections({ elsewhere, paraphrased, relatedCount, onShowParaphrase, shownParaphrase = null, idPrefix = 'reverse' }: ReverseSectionsProps) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(elsewhere.length ? [0] : []));
  const [whole, setWhole] = useState<ReadonlySet<number>>(() => new Set());
  const flip = (set: (f: (prev: ReadonlySet<number>) => ReadonlySet<number>) => void, i: number) =>
    set((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const toggle = (i: number) => flip(setOpen, i);
  const none = relatedCount === 0;
  return (
    <>
      <section class="reverse-section" data-testid="quoted-elsewhere" aria-labelledby={`${idPrefix}-elsewhere-heading`}>
        <h2 id={`${idPrefix}-elsewhere-heading`} class="section-heading">{t('reverseElsewhereHeading')}</h2>
        {none ? (
          <p class="muted" data-testid="reverse-no-related">{t('reverseNoRelated')}</p>
        ) : elsewhere.length === 0 ? (
          <p class="muted" data-testid="elsewhere-empty">{t('reverseElsewhereEmpty')}</p>
        ) : (
          <>
            <p class="section-intro">{t('reverseElsewhereIntro')}</p>
            {elsewhere.map((group, i) => {
              const panelId = `${idPrefix}-speaker-${i}`;
              const expanded = open.has(i);
              const capped = group.quotes.length > ELSEWHERE_SHOWN;
              const all = !capped || whole.has(i);
              return (
                <div key={group.speaker ?? '\u0000'} class="speaker-group" data-testid="elsewhere-group" data-speaker={group.speaker ?? ''}>
                  <h3 class="group-heading">
                    <button type="button" class="group-toggle" aria-expanded={expanded} aria-controls={panelId} data-testid="elsewhere-toggle" onClick={() => toggle(i)}>
                      <span class="chevron" aria-hidden="true">{expanded ? '▾' : '▸'}</span>{' '}
                      <span class="speaker">{group.speaker ?? t('unattributed')}</span>
                      {/* Read as "Sergio Gor, 2 quotes", not "Sergio Gor2 quotes". */}
                      <span class="sr-only">, </span>
                      <span class="count">{group.quotes.length === 1 ? t('quoteCountOne') : t('quoteCountMany', group.quotes.length)}</span>
                    </button>
                  </h3>
                  {expanded && (
                    <div id={panelId}>
                      <ul id={`${panelId}-list`} class="elsewhere-quotes">
                        {(all ? group.quotes : group.quotes.slice(0, ELSEWHERE_SHOWN)).map((q, k) => <ElsewhereItem key={k} quote={q} />)}
                      </ul>
                      {capped && (
                        <button
                          type="button"
                          class="link-button show-all"
                          aria-expanded={all}
                          aria-controls={`${panelId}-list`}
                          data-testid="elsewhere-show-all"
                          onClick={() => flip(setWhole, i)}
                        >
                          {all ? t('reverseShowFewer', ELSEWHERE_SHOWN) : t('reverseShowAll', group.quotes.length)}
                          <span class="sr-only">: {group.speaker ?? t('unattributed')}</span>
                        </button>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </>
        )}
      </section>
      <section class="reverse-section" data-testid="paraphrased-here" aria-labelledby={`${idPrefix}-paraphrased-heading`}>
        <h2 id={`${idPrefix}-paraphrased-heading`} class="section-heading">{t('reverseParaphrasedHeading')}</h2>
        {none ? (
          <p class="muted">{t('reverseNoRelated')}</p>
        ) : paraphrased.length === 0 ? (
          <p class="muted" data-testid="paraphrased-empty">{t('reverseParaphrasedEmpty')}</p>
        ) : (
          <>
            <p class="section-intro">{t('reverseParaphrasedIntro')}</p>
            <ol class="paraphrased-list">
              {paraphrased.map((p, i) => (
                <li key={p.start} class={i === shownParaphrase ? 'paraphrased-item selected' : 'paraphrased-item'} data-testid="paraphrased-sentence" data-index={i}>
                  <p class="sentence-here">
                    <span class="sentence-tag">{t('reverseSentenceHere')}</span> <span data-testid="sentence-text">{p.text}</span>
                  </p>
                  <ul class="versions" aria-label={t('reverseSourcesLabel')}>
                    {p.sources.map((s) => <ParaphraseVersion key={s.articleId} source={s} />)}
                  </ul>
                  {onShowParaphrase && (
                    <div class="panel-quote-actions">
                      <button type="button" class="link-button" data-testid="show-sentence-in-page" onClick={() => onShowParaphrase(i)}>
                        {t('showInPage')}<span class="sr-only">: {t('reverseSentenceExcerpt', excerpt(p.text))}</span>
                      </button>
                      {i === shownParaphrase && <span class="selected-tag">◆ {t('markedInPage')}</span>}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}

/** One quote missing here: its words, then the outlets that carry it, each a link to the quote there. */
function ElsewhereItem({ quote }: { quote: QuotedElsewhere }) {
  const t = useT();
  return (
    <li class="elsewhere-quote" data-testid="elsewhere-quote">
      <q>{quote.text}</q>
      <p class="elsewhere-outlets" data-testid="elsewhere-outlets">
        {t('reverseQuotedBy')}{' '}
        {quote.sources.map((s, i) => {
          const href = textFragmentUrl(s.url, s.text);
          const name = s.outlet || t('unknownOutlet');
          return (
            <span key={s.articleId}>
              {i > 0 && ', '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" data-testid="elsewhere-outlet">
                  {name}
                  <span class="sr-only"> {t('opensInNewTab')}</span>
                </a>
              ) : (
                <span data-testid="elsewhere-outlet">{name}</span>
              )}
            </span>
          );
        })}
      </p>
    </li>
  );
}
