/** @vitest-environment happy-dom */
/**
 * Components take their words from the translator in I18nContext: rendered under the French
 * catalog, the popup's report, the library page and the hover card speak French; with no
 * provider they speak the English catalog (what every other component test relies on).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { I18nProvider } from '@/components/i18n';
import { HoverCard } from '@/components/HoverCard';
import { formatBytes } from '@/components/library/StorageUsage';
import { importSummary } from '@/components/library/LibraryPage';
import { PopupApp, type PopupActions } from '@/components/popup/PopupApp';
import { catalogTranslator, ENGLISH, type Catalog } from '@/utils/i18n/translate';
import type { ResponseOf } from '@/utils/protocol/messages';
import { checkSummary } from '@/utils/ui/panel-state';
import { makeMatch, makeReport } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';

const catalog = (lang: string) => JSON.parse(readFileSync(path.resolve('public/_locales', lang, 'messages.json'), 'utf8')) as Catalog;
const FRENCH = catalogTranslator(catalog('fr'), ENGLISH);
const GERMAN = catalogTranslator(catalog('de'), ENGLISH);

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

const checked: ResponseOf<'check-tab'> = {
  ok: true,
  data: {
    status: 'ok',
    tabId: 1,
    article: { id: 'a', url: 'https://a.example/', outlet: '', title: '', date: null },
    reports: [
      makeReport('only here quote', 0, []),
      makeReport('changed quote', 50, [makeMatch('altered', { speakerConflict: true, speaker: 'Bo Chen', meaningChanges: ['not'] })]),
    ],
    counts: { verbatim: 0, partial: 0, altered: 1, paraphrase: 0, onlyHere: 1, speakerConflicts: 1, meaningChanges: 1 },
    saved: 'no',
    libraryCount: 0,
    wire: [],
    related: [],
    elsewhere: [],
    paraphrasedHere: [],
  },
};
function actions(over: Partial<PopupActions> = {}): PopupActions {
  return {
    check: vi.fn(async () => checked),
    save: vi.fn(async () => ({ ok: false as const, error: 'disque plein' })),
    loadSamples: vi.fn(async () => ({ ok: true as const, data: { added: 2 } })),
    exportEvidence: vi.fn(async () => ({ ok: true, message: 'ok' })),
    openLibrary: vi.fn(),
    ...over,
  };
}
const text = (el: Element, testid: string) => el.querySelector(`[data-testid="${testid}"]`)!.textContent;

describe('the popup report in French', () => {
  test('header, buttons, notices, cards and the other outlet’s version are in French', async () => {
    const el = mount(
      <I18nProvider t={FRENCH}>
        <PopupApp actions={actions()} />
      </I18nProvider>,
    );
    await flush();
    const header = el.querySelector('[data-testid="report-header"]')!;
    expect(header.textContent).toContain('Média inconnu');
    expect(header.textContent).toContain('Article sans titre');
    expect(header.querySelector('.summary')!.textContent).toBe('2 citations');
    expect(text(el, 'save-button')).toBe('Enregistrer dans la bibliothèque');
    expect(text(el, 'load-samples')).toBe('Charger la couverture d’exemple');
    expect(text(el, 'open-library')).toBe('Ouvrir la bibliothèque');
    expect(el.querySelector('[data-testid="export-format"] option')!.textContent).toBe('Markdown (.md)');
    expect(text(el, 'export-button')).toBe('Télécharger');
    expect(el.querySelector('ol.cards')!.getAttribute('aria-label')).toBe('Citations, les plus importantes d’abord');
    const version = el.querySelector('[data-testid="match-version"]')!;
    expect(version.textContent).toContain('Attribuée à Bo Chen, pas à Ana Ruiz.');
    expect(version.textContent).toContain('Le sens peut différer\u00a0: not');
    expect(version.querySelector('a.open-link')!.textContent).toBe('Ouvrir dans Harbour Gazette (nouvel onglet, à l’endroit de cette citation)');
    expect(el.querySelector('[data-testid="quote-toggle"] .sr-only:last-child')!.textContent!.trim()).toBe(', 1 autre version');

    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="save-button"]')!.click());
    await flush();
    expect(text(el, 'notice')).toBe('Non enregistré\u00a0: disque plein');
    // The verdict and flag chips, and the header's counts, speak French too.
    const chips = [...el.querySelectorAll('[data-testid="verdict"], [data-testid="flag"]')].map((c) => c.textContent!.replace(/^\S+ /, ''));
    expect(new Set(chips)).toEqual(new Set(['Seulement ici', 'Modifiée', 'Orateur contesté', 'Sens modifié']));
    expect(header.querySelector('[data-testid="count-altered"]')!.textContent).toBe('1 Modifiée');
    // No English left but names, outlets, quoted words and format names.
    const words = (el.textContent ?? '').replace(/Harbour Gazette|Ana Ruiz|Bo Chen|changed quote|only here quote|we will build the bridge|Markdown|HTML|Web Annotations|JSON-LD|ClaimReview|\bnot\b/g, '');
    expect(words).not.toMatch(/\b(the|and|of|to|your|this|Save|Open|Export|Download|quotes?)\b/);
  });

  test('an empty state and its retry button are in French', async () => {
    const el = mount(
      <I18nProvider t={FRENCH}>
        <PopupApp actions={actions({ check: async () => ({ ok: false, error: 'Hors service.' }) })} />
      </I18nProvider>,
    );
    await flush();
    expect(el.querySelector('[data-testid="state-error"] h2')!.textContent).toBe('Une erreur s’est produite');
    expect(text(el, 'retry')).toBe('Réessayer');
  });
});

describe('other surfaces and helpers follow the translator', () => {
  test('the hover card declares its language and speaks it', () => {
    const el = mount(
      <I18nProvider t={GERMAN}>
        <HoverCard report={makeReport('q', 0, [])} left={0} top={0} above={false} onClose={() => undefined} />
      </I18nProvider>,
    );
    const card = el.querySelector('[data-testid="hover-card"]')!;
    expect(card.getAttribute('lang')).toBe('de');
    expect(card.getAttribute('aria-label')).toBe('Fassungen dieses Zitats in anderen Medien');
    expect(card.querySelector('.hint')!.textContent).toBe('Alt+Umschalt+Q: nächstes Zitat · Esc: schließen');
  });

  test('sizes and import summaries: units, decimal marks and plurals of the language', () => {
    expect(formatBytes(2048, FRENCH)).toBe('2,0\u00a0Ko');
    expect(formatBytes(3 * 1024 * 1024, GERMAN)).toBe('3,0 MB');
    expect(importSummary({ added: 1, updated: 2, skipped: 0 }, FRENCH)).toBe('Import terminé\u00a0: 1 ajouté, 2 remplacés par des copies plus récentes.');
    expect(importSummary({ added: 3, updated: 0, skipped: 1 })).toBe('Import finished: 3 added, 1 already in the library.');
  });

  test('with no provider, components speak the English catalog', () => {
    const el = mount(<HoverCard report={makeReport('q', 0, [])} left={0} top={0} above={false} onClose={() => undefined} />);
    expect(el.querySelector('[data-testid="hover-card"]')!.getAttribute('lang')).toBe('en');
    expect(el.querySelector('.muted')!.textContent).toBe('Only this outlet carries this quote among your saved articles.');
  });
});

describe('the panel’s spoken summary', () => {
  test.each([
    ['en', ENGLISH, 'Checked: 2 quotes, 1 altered, 1 only here.'],
    ['fr', FRENCH, 'modifiée'],
    ['de', GERMAN, 'verändert'],
  ] as const)('%s names the kinds in its language', (_lang, t, part) => {
    expect(checkSummary(checked.ok ? checked.data : (null as never), t)).toContain(part);
  });
});

