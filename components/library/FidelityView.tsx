import { useEffect, useState } from 'preact/hooks';
import type { OutletFidelity, ResponseOf } from '@/utils/protocol/messages';
import { MATCH_KINDS, VERDICT_MESSAGES } from '@/utils/report/verdicts';
import { SMALL_SAMPLE } from '@/utils/families/fidelity';
import { inkProperty } from '@/components/verdict-styles';
import { useT } from '@/components/i18n';

export interface FidelityViewProps {
  getFidelity: () => Promise<ResponseOf<'get-fidelity'>>;
}

/**
 * Per outlet, the kinds of its versions against other outlets' versions of the same quotes: a
 * stacked bar (each part also named in words beside it, so colour is never the only cue) and n,
 * with small samples marked.
 */
export function FidelityView({ getFidelity }: FidelityViewProps) {
  const t = useT();
  const [rows, setRows] = useState<OutletFidelity[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getFidelity().then((r) => (r.ok ? setRows(r.data) : setError(r.error)));
  }, [getFidelity]);
  return (
    <section class="panel" aria-labelledby="fidelity-title" data-testid="fidelity-view">
      <h2 id="fidelity-title">{t('fidelityTitle')}</h2>
      <p class="muted">{t('fidelityIntro')}</p>
      {error && <p role="alert" class="error">{error}</p>}
      {rows === null ? (
        <p class="muted">{t('buildingFamilies')}</p>
      ) : rows.length === 0 ? (
        <p class="list-empty">{t('fidelityEmpty')}</p>
      ) : (
        <ul class="fidelity">
          {rows.map((r) => (
            <li key={r.outlet} class="fidelity-row" data-testid="fidelity-row" data-outlet={r.outlet}>
              <p class="fidelity-head">
                <span class="outlet">{r.outlet || t('unknownOutlet')}</span> <span>{t('fidelityN', r.n)}</span>
                {r.n < SMALL_SAMPLE && <> <span class="small-sample" data-testid="small-sample">{t('smallSample')}</span></>}
              </p>
              <div class="bar" aria-hidden="true">
                {MATCH_KINDS.filter((k) => r.kinds[k] > 0).map((k) => (
                  <span key={k} class={`bar-part bar-${k}`} style={{ width: `${(100 * r.kinds[k]) / r.n}%`, background: `var(${inkProperty(k)})` }} />
                ))}
              </div>
              <p class="article-meta">
                {MATCH_KINDS.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' · '}
                    {t('fidelityShare', t(VERDICT_MESSAGES[k]), r.kinds[k], Math.round((100 * r.kinds[k]) / r.n))}
                  </span>
                ))}
              </p>
              <p class="article-meta">{t('fidelityFlags', r.meaningChanges, r.speakerConflicts)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
