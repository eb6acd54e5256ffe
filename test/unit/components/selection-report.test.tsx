/** @vitest-environment happy-dom */
/**
 * "Selected text" in the side panel (components/panel/SelectionReport.tsx, in PanelApp): each
 * state of a selection checked from the context menu, in words, and its close button.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nProvider } from '@/components/i18n';
import { PanelApp, type PanelActions } from '@/components/panel/PanelApp';
import { SelectionReport } from '@/components/panel/SelectionReport';
import { catalogTranslator, ENGLISH, type Catalog } from '@/utils/i18n/translate';
import type { SelectionCheck } from '@/utils/protocol/messages';
import { INITIAL_PANEL } from '@/utils/ui/panel-state';
import { makeMatch, makeQuote } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';


const SELECTED = 'we will help ensure the supply chains';
const checked = (matches: ReturnType<typeof makeMatch>[], over: Partial<Extract<SelectionCheck, { state: 'checked' }>> = {}): SelectionCheck => ({
  state: 'checked',
  report: { quote: makeQuote(SELECTED, 0, null), matches },
  words: 7,
  libraryCount: 5,
  pageSaved: false,
  ...over,
});
const PARAPHRASE = makeMatch('paraphrase', {
  outlet: 'IANS',
  articleId: 'ians',
  text: 'will help secure supply chains',
  diff: [{ op: 'equal', text: 'we will help' }, { op: 'delete', text: 'ensure' }, { op: 'insert', text: 'secure' }, { op: 'equal', text: 'supply chains' }],
});
const text = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe('SelectionReport', () => {
  test.each<[string, SelectionCheck, string, RegExp]>([
    ['running', { state: 'checking' }, 'checking', /^Selected text.*Comparing the selected text with your library…$/],
    ['nothing selected', { state: 'refused', reason: 'empty', words: 0 }, 'refused', /No text is selected\. Select the words of a quote/],
    ['an image', { state: 'refused', reason: 'non-text', words: 0 }, 'refused', /holds no text, only an image/],
    ['too long', { state: 'refused', reason: 'too-long', words: 2450 }, 'refused', /is 2,450 words long: a quote is checked up to 2,000 words\. Select the quote alone\./],
    ['failed', { state: 'failed', error: 'The library could not be read.' }, 'failed', /could not be checked: The library could not be read\./],
    ['no other article', checked([]), 'checked', /Only here.*No saved article carries it\.Compared with 5 saved articles\./],
    ['the page saved', checked([], { pageSaved: true }), 'checked', /Compared with 4 saved articles; this page’s own saved copy is left out\./],
    ['one other outlet', checked([PARAPHRASE]), 'checked', /Paraphrase.*1 other outlet carries it:.*IANS/],
    ['one saved article', checked([], { libraryCount: 1 }), 'checked', /Compared with 1 saved article\.$/],
    ['the page saved beside one other', checked([], { libraryCount: 2, pageSaved: true }), 'checked', /Compared with 1 saved article; this page’s own saved copy is left out\.$/],
  ])('%s', (_name, check, state, said) => {
    const el = mount(<SelectionReport check={check} onClose={() => {}} />);
    const section = el.querySelector('[data-testid="selection-report"]')!;
    expect(section.getAttribute('data-state')).toBe(state);
    expect(section.textContent).toMatch(said);
  });

  test('a match shows the selection, its kind, and the other outlet with the word diff', () => {
    // Matches come closest first (compare-article's order); the card's kind is the most serious, as a quote card's.
    const el = mount(<SelectionReport check={checked([makeMatch('verbatim', { outlet: 'Ledger', articleId: 'ledger' }), PARAPHRASE])} onClose={() => {}} />);
    expect(text(el, 'selection-text')).toBe(SELECTED);
    expect(el.querySelector('[data-testid="selection-card"]')!.getAttribute('data-verdict')).toBe('paraphrase');
    expect(el.textContent).toContain('2 other outlets carry it:');
    const versions = [...el.querySelectorAll('[data-testid="match-version"]')];
    expect(versions.map((v) => v.querySelector('.outlet')!.textContent)).toEqual(['Ledger', 'IANS']);
    expect(versions[1].querySelector('del')?.textContent).toContain('ensure');
    expect(versions[1].querySelector('ins')?.textContent).toContain('secure');
  });

  test('Close calls back; the button is named for a screen reader', () => {
    const onClose = vi.fn();
    const el = mount(<SelectionReport check={checked([])} onClose={onClose} />);
    const close = el.querySelector<HTMLButtonElement>('[data-testid="selection-close"]')!;
    expect(close.getAttribute('aria-label')).toBe('Close the selected-text report');
    act(() => close.click());
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('in French', () => {
    const fr = catalogTranslator(JSON.parse(readFileSync(path.resolve('public/_locales/fr/messages.json'), 'utf8')) as Catalog, ENGLISH);
    const el = mount(
      <I18nProvider t={fr}>
        <SelectionReport check={{ state: 'refused', reason: 'too-long', words: 2450 }} onClose={() => {}} />
      </I18nProvider>,
    );
    expect(el.textContent).toMatch(/Texte sélectionné.*La sélection compte 2\s450 mots/);
  });
});

describe('PanelApp with a selection', () => {
  const actions = { check: vi.fn(), save: vi.fn(), loadSamples: vi.fn(), select: vi.fn(), showParaphrase: vi.fn(), toggleHighlights: vi.fn(), exportEvidence: vi.fn(), openLibrary: vi.fn(), dismissSelection: vi.fn() } as unknown as PanelActions;

  test('shows it above the tab\'s own state, and only while there is one', () => {
    const el = mount(<PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab: { state: 'unchecked' }, selection: checked([PARAPHRASE]) }} actions={actions} />);
    const section = el.querySelector('[data-testid="selection-report"]')!;
    expect(section.compareDocumentPosition(el.querySelector('[data-testid="state-unchecked"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => el.querySelector<HTMLButtonElement>('[data-testid="selection-close"]')!.click());
    expect(actions.dismissSelection).toHaveBeenCalledOnce();
    act(() => render(<PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab: { state: 'unchecked' } }} actions={actions} />, el));
    expect(el.querySelector('[data-testid="selection-report"]')).toBeNull();
  });
});
