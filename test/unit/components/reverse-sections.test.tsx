/** @vitest-environment happy-dom */
/**
 * The reverse sections after the quote cards ("Quoted elsewhere, not here", "Paraphrased here"):
 * what each shows per state, their headings and disclosure buttons, "Show in page" in the panel
 * (not in the popup), the page's card over a paraphrased sentence, and French under the French catalog.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nProvider } from '@/components/i18n';
import { ParaphraseCard } from '@/components/ParaphraseCard';
import { PanelApp, type PanelActions } from '@/components/panel/PanelApp';
import { ELSEWHERE_SHOWN, ReverseSections, type ReverseSectionsProps } from '@/components/panel/ReverseSections';
import { ReportView } from '@/components/popup/ReportView';
import { catalogTranslator, ENGLISH, type Catalog } from '@/utils/i18n/translate';
import type { CheckReport } from '@/utils/protocol/messages';
import { INITIAL_PANEL } from '@/utils/ui/panel-state';
import { makeElsewhereGroup, makeMatch, makeParaphrased, makeReport } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';

const FRENCH = catalogTranslator(JSON.parse(readFileSync(path.resolve('public/_locales/fr/messages.json'), 'utf8')) as Catalog, ENGLISH);


const GOR = makeElsewhereGroup('Sergio Gor', [
  { text: 'I took a picture of the cover and sent it on', outlets: ['IANS', 'Wire Daily'] },
  { text: 'There will be a big announcement', outlets: ['IANS'] },
]);
const NOBODY = makeElsewhereGroup(null, [{ text: 'The talks went well', outlets: ['Wire Daily'] }]);
const CRUCIAL = makeParaphrased('supply chains are crucial for growth', 120, 'supply chains are indispensable to growth', {
  outlet: 'IANS',
  diff: [{ op: 'equal', text: 'supply chains are' }, { op: 'delete', text: 'indispensable to' }, { op: 'insert', text: 'crucial for' }, { op: 'equal', text: 'growth' }],
});
const NEVER = makeParaphrased('the deal would never be signed this year', 300, 'the deal will be signed this year', { outlet: 'Wire Daily', meaningChanges: ['never'] });

const props = (over: Partial<ReverseSectionsProps> = {}): ReverseSectionsProps => ({ elsewhere: [GOR, NOBODY], paraphrased: [CRUCIAL, NEVER], relatedCount: 2, ...over });
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const all = (root: Element, testid: string) => [...root.querySelectorAll(`[data-testid="${testid}"]`)];

describe('what the sections show', () => {
  test.each<[string, Partial<ReverseSectionsProps>, { elsewhere: string; paraphrased: string; groups: number; sentences: number }]>([
    ['no saved article on the story', { elsewhere: [], paraphrased: [], relatedCount: 0 },
      { elsewhere: 'No saved article covers this story', paraphrased: 'No saved article covers this story', groups: 0, sentences: 0 }],
    ['related articles, nothing missing or paraphrased', { elsewhere: [], paraphrased: [] },
      { elsewhere: 'None: this article quotes or paraphrases everything', paraphrased: 'None: no sentence of this article', groups: 0, sentences: 0 }],
    ['quotes missing, nothing paraphrased', { paraphrased: [] },
      { elsewhere: 'Quotes that other outlets on this story carry', paraphrased: 'None: no sentence of this article', groups: 2, sentences: 0 }],
    ['both', {}, { elsewhere: 'Quotes that other outlets on this story carry', paraphrased: 'Sentences of this article that give', groups: 2, sentences: 2 }],
  ])('%s', (_name, over, want) => {
    const root = mount(<ReverseSections {...props(over)} />);
    const [elsewhere] = all(root, 'quoted-elsewhere');
    const [paraphrased] = all(root, 'paraphrased-here');
    expect(text(elsewhere.querySelector('h2'))).toBe('Quoted elsewhere, not here');
    expect(text(paraphrased.querySelector('h2'))).toBe('Paraphrased here');
    expect(text(elsewhere)).toContain(want.elsewhere);
    expect(text(paraphrased)).toContain(want.paraphrased);
    expect(all(root, 'elsewhere-group')).toHaveLength(want.groups);
    expect(all(root, 'paraphrased-sentence')).toHaveLength(want.sentences);
  });

  test('each section is named by its heading; each speaker group is a heading with a disclosure button', () => {
    const root = mount(<ReverseSections {...props()} idPrefix="t" />);
    for (const section of root.querySelectorAll('section')) {
      const heading = root.querySelector(`#${section.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
      expect(section.contains(heading)).toBe(true);
    }
    const toggles = all(root, 'elsewhere-toggle') as HTMLButtonElement[];
    expect(toggles.map((b) => [b.tagName, b.parentElement!.tagName, b.type])).toEqual([['BUTTON', 'H3', 'button'], ['BUTTON', 'H3', 'button']]);
    expect(toggles.map((b) => text(b))).toEqual(['▾ Sergio Gor, 2 quotes', '▸ Unattributed, 1 quote']);
  });

  test('the first group starts open; a group opens and closes from its button, which says so and names its list', () => {
    const root = mount(<ReverseSections {...props()} idPrefix="t" />);
    const [gor, nobody] = all(root, 'elsewhere-toggle') as HTMLButtonElement[];
    expect([gor.getAttribute('aria-expanded'), nobody.getAttribute('aria-expanded')]).toEqual(['true', 'false']);
    expect(root.querySelector(`#${gor.getAttribute('aria-controls')}`)).not.toBeNull();
    expect(all(root, 'elsewhere-quote').map((q) => text(q.querySelector('q')))).toEqual([GOR.quotes[0].text, GOR.quotes[1].text]);
    act(() => nobody.click());
    act(() => gor.click());
    expect([gor.getAttribute('aria-expanded'), nobody.getAttribute('aria-expanded')]).toEqual(['false', 'true']);
    expect(all(root, 'elsewhere-quote').map((q) => text(q.querySelector('q')))).toEqual(['The talks went well']);
  });

  test('a missing quote lists every outlet carrying it, each a link to the quote there', () => {
    const root = mount(<ReverseSections {...props()} />);
    const [first] = all(root, 'elsewhere-quote');
    const links = [...first.querySelectorAll('a[data-testid="elsewhere-outlet"]')] as HTMLAnchorElement[];
    expect(links.map((a) => a.firstChild?.textContent)).toEqual(['IANS', 'Wire Daily']);
    expect(links[0].href).toContain('#:~:text=');
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).toBe(true);
  });

  test('a paraphrased sentence: the words here, their quote, the diff from their words to ours, the flag only on a meaning change', () => {
    const root = mount(<ReverseSections {...props()} />);
    const [crucial, never] = all(root, 'paraphrased-sentence');
    expect(text(crucial.querySelector('[data-testid="sentence-text"]'))).toBe(CRUCIAL.text);
    expect(text(crucial.querySelector('[data-testid="their-quote"]'))).toBe(CRUCIAL.sources[0].text);
    expect(text(crucial.querySelector('.their-quote'))).toMatch(/^IANS quotes:/);
    expect(text(crucial.querySelector('del'))).toBe('removed: indispensable to');
    expect(text(crucial.querySelector('ins'))).toBe('added: crucial for');
    expect(crucial.querySelector('[data-flag="meaning-change"]')).toBeNull();
    expect(never.querySelector('[data-flag="meaning-change"]')).not.toBeNull();
    expect(text(never)).toContain('Meaning may differ: never');
  });
});

/** A speaker's `n` missing quotes, the first carried by two outlets, the rest by one. */
const many = (n: number) =>
  makeElsewhereGroup('Sergio Gor', Array.from({ length: n }, (_, k) => ({ text: `Missing quote number ${k + 1}`, outlets: k === 0 ? ['IANS', 'Wire Daily'] : ['IANS'] })));
const shownQuotes = (root: Element) => all(root, 'elsewhere-quote').map((q) => text(q.querySelector('q')));

describe('a long group shows its first quotes, and "Show all N" the rest', () => {
  test.each<[string, number, { before: number; button: string | null; after: number; back: string | null }]>([
    ['under the cap: every quote, no button', 2, { before: 2, button: null, after: 2, back: null }],
    ['at the cap: every quote, no button', ELSEWHERE_SHOWN, { before: ELSEWHERE_SHOWN, button: null, after: ELSEWHERE_SHOWN, back: null }],
    ['one over: the first three, then all four', 4, { before: 3, button: 'Show all 4 quotes: Sergio Gor', after: 4, back: 'Show the first 3 only: Sergio Gor' }],
    ['37 (ten related articles): the first three, then all', 37, { before: 3, button: 'Show all 37 quotes: Sergio Gor', after: 37, back: 'Show the first 3 only: Sergio Gor' }],
  ])('%s', (_name, n, want) => {
    const group = many(n);
    const root = mount(<ReverseSections {...props({ elsewhere: [group] })} idPrefix="t" />);
    // The heading still counts every quote: the cap hides, the report keeps them all.
    expect(text(all(root, 'elsewhere-toggle')[0])).toBe(n === 1 ? '▾ Sergio Gor, 1 quote' : `▾ Sergio Gor, ${n} quotes`);
    expect(shownQuotes(root)).toEqual(group.quotes.slice(0, want.before).map((q) => q.text));
    const [button] = all(root, 'elsewhere-show-all') as HTMLButtonElement[];
    expect(button ? text(button) : null).toBe(want.button);
    if (!button) return;
    expect([button.tagName, button.type, button.getAttribute('aria-expanded')]).toEqual(['BUTTON', 'button', 'false']);
    const list = root.querySelector(`#${button.getAttribute('aria-controls')}`);
    expect(list?.tagName).toBe('UL');
    act(() => button.click());
    expect(shownQuotes(root)).toEqual(group.quotes.slice(0, want.after).map((q) => q.text));
    expect([button.getAttribute('aria-expanded'), text(button)]).toEqual(['true', want.back]);
    expect(list?.children).toHaveLength(n);
    act(() => button.click());
    expect(shownQuotes(root)).toHaveLength(want.before);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('each group has its own "Show all": opening one leaves the other capped', () => {
    const other = makeElsewhereGroup('Narendra Modi', Array.from({ length: 5 }, (_, k) => ({ text: `Modi quote ${k + 1}`, outlets: ['IANS'] })));
    const root = mount(<ReverseSections {...props({ elsewhere: [many(6), other] })} idPrefix="t" />);
    act(() => (all(root, 'elsewhere-toggle')[1] as HTMLButtonElement).click());
    const [gor, modi] = all(root, 'elsewhere-show-all') as HTMLButtonElement[];
    expect(gor.getAttribute('aria-controls')).not.toBe(modi.getAttribute('aria-controls'));
    act(() => gor.click());
    expect(all(root, 'elsewhere-quote')).toHaveLength(6 + 3);
    expect([gor, modi].map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false']);
  });

  test('in French', () => {
    const root = mount(
      <I18nProvider t={FRENCH}>
        <ReverseSections {...props({ elsewhere: [many(5)] })} />
      </I18nProvider>,
    );
    const [button] = all(root, 'elsewhere-show-all') as HTMLButtonElement[];
    expect(text(button)).toBe('Afficher les 5 citations: Sergio Gor');
    act(() => button.click());
    expect(text(button)).toBe('N’afficher que les 3 premières: Sergio Gor');
  });
});

describe('Show in page', () => {
  test('only where the page can mark it: the panel passes an action, the popup none', () => {
    const onShow = vi.fn();
    const root = mount(<ReverseSections {...props()} onShowParaphrase={onShow} shownParaphrase={1} />);
    const buttons = all(root, 'show-sentence-in-page') as HTMLButtonElement[];
    expect(buttons.map((b) => text(b))).toEqual([`Show in page: sentence “${CRUCIAL.text}”`, expect.stringMatching(/^Show in page: sentence “the deal would never be signed this year”$/)]);
    act(() => buttons[0].click());
    expect(onShow).toHaveBeenCalledWith(0);
    expect(all(root, 'paraphrased-sentence').map((li) => li.classList.contains('selected'))).toEqual([false, true]);
    act(() => render(null, root));
    act(() => render(<ReverseSections {...props()} />, root));
    expect(all(root, 'show-sentence-in-page')).toHaveLength(0);
  });
});

const REPORT: Extract<CheckReport, { status: 'ok' }> = {
  status: 'ok',
  tabId: 7,
  article: { id: 'a', url: 'https://news.example/a', outlet: 'Courier', title: 'Minerals', date: null },
  reports: [makeReport('we will build the bridge', 0, [makeMatch('partial')])],
  counts: { verbatim: 0, partial: 1, altered: 0, paraphrase: 0, onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 },
  saved: 'no',
  libraryCount: 3,
  wire: [],
  related: [{ articleId: 'other-1', outlet: 'IANS', url: '', title: '', date: null, score: 0.5 }],
  elsewhere: [GOR],
  paraphrasedHere: [CRUCIAL],
};

describe('the panel and the popup', () => {
  test('the panel lists both sections after the quote cards, and "Show in page" asks the page and marks the sentence', () => {
    const actions = { check: vi.fn(), save: vi.fn(), loadSamples: vi.fn(), select: vi.fn(), showParaphrase: vi.fn(), toggleHighlights: vi.fn(), exportEvidence: vi.fn(), openLibrary: vi.fn(), dismissSelection: vi.fn() } as unknown as PanelActions;
    const root = mount(<PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab: { state: 'checked', report: REPORT } }} actions={actions} />);
    const order = [...root.querySelectorAll('[data-testid="panel-quote"], [data-testid="quoted-elsewhere"], [data-testid="paraphrased-here"]')].map((e) => e.getAttribute('data-testid'));
    expect(order).toEqual(['panel-quote', 'quoted-elsewhere', 'paraphrased-here']);
    act(() => (root.querySelector('[data-testid="show-sentence-in-page"]') as HTMLButtonElement).click());
    expect(actions.showParaphrase).toHaveBeenCalledWith(0);
    expect(text(root.querySelector('[data-testid="paraphrased-sentence"] .selected-tag'))).toBe('◆ Marked in the page');
  });

  test.each<[string, (report: typeof REPORT) => preact.JSX.Element]>([
    ['panel', (report) => <PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab: { state: 'checked', report } }} actions={{} as PanelActions} />],
    ['popup', (report) => <ReportView report={report} saveState="no" onSave={vi.fn()} onLoadSamples={vi.fn()} loadingSamples={false} onExport={vi.fn()} />],
  ])('the %s caps a long group and shows all of it on request', (_surface, view) => {
    const root = mount(view({ ...REPORT, elsewhere: [many(12)] }));
    expect(all(root, 'elsewhere-quote')).toHaveLength(ELSEWHERE_SHOWN);
    act(() => (all(root, 'elsewhere-show-all')[0] as HTMLButtonElement).click());
    expect(all(root, 'elsewhere-quote')).toHaveLength(12);
  });

  test('the popup shows them too, without "Show in page"', () => {
    const root = mount(<ReportView report={REPORT} saveState="no" onSave={vi.fn()} onLoadSamples={vi.fn()} loadingSamples={false} onExport={vi.fn()} />);
    expect(all(root, 'elsewhere-group')).toHaveLength(1);
    expect(all(root, 'paraphrased-sentence')).toHaveLength(1);
    expect(all(root, 'show-sentence-in-page')).toHaveLength(0);
  });
});

describe('the card over a paraphrased sentence in the page', () => {
  test('names the outlet, shows their quote and the diff, and closes', () => {
    const onClose = vi.fn();
    const root = mount(<ParaphraseCard sentence={NEVER} left={10} top={20} above={false} onClose={onClose} />);
    const card = root.querySelector('[data-testid="paraphrase-card"]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Another outlet’s quote, paraphrased here');
    expect(text(card.querySelector('.paraphrased-tag'))).toBe('Paraphrased here');
    expect(text(card.querySelector('[data-testid="their-quote"]'))).toBe('the deal will be signed this year');
    expect(card.querySelector('[data-testid="word-diff"]')).not.toBeNull();
    expect(card.querySelector('[data-flag="meaning-change"]')).not.toBeNull();
    act(() => (card.querySelector('button.close') as HTMLButtonElement).click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('in French', () => {
  test('the headings, intros, groups and empty states are French', () => {
    const root = mount(
      <I18nProvider t={FRENCH}>
        <ReverseSections {...props({ paraphrased: [] })} />
      </I18nProvider>,
    );
    expect([...root.querySelectorAll('h2')].map(text)).toEqual(['Cité ailleurs, pas ici', 'Paraphrasé ici']);
    expect(text(root.querySelector('[data-testid="quoted-elsewhere"] .section-intro'))).toMatch(/^Citations que d’autres médias/);
    expect((all(root, 'elsewhere-toggle') as HTMLElement[]).map(text)).toEqual(['▾ Sergio Gor, 2 citations', '▸ Sans attribution, 1 citation']);
    expect(text(root.querySelector('[data-testid="paraphrased-empty"]'))).toMatch(/^Aucune : aucune phrase/);
  });

  test('the card over a sentence is French', () => {
    const root = mount(
      <I18nProvider t={FRENCH}>
        <ParaphraseCard sentence={CRUCIAL} left={0} top={0} above={false} onClose={vi.fn()} />
      </I18nProvider>,
    );
    expect(root.querySelector('[data-testid="paraphrase-card"]')!.getAttribute('lang')).toBe('fr');
    expect(text(root.querySelector('.paraphrased-tag'))).toBe('Paraphrasé ici');
    expect(text(root.querySelector('.diff-line'))).toBe('Leurs mots → cette phrase :');
  });
});
