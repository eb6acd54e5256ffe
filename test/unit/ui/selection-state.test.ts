/** The panel's "Selected text" state (utils/ui/panel-state.ts): per tab, announced, dropped on a tab switch. */
import { describe, expect, test } from 'vitest';
import type { SelectionCheck } from '@/utils/protocol/messages';
import { INITIAL_PANEL, reducePanel, selectionSummary, type PanelInput, type PanelState } from '@/utils/ui/panel-state';
import { makeMatch, makeQuote } from '../../support/quote-report-builders';

const checked = (kinds: ('verbatim' | 'paraphrase' | 'altered')[]): SelectionCheck => ({
  state: 'checked',
  report: { quote: makeQuote('we will help ensure it', 0, null), matches: kinds.map((k, i) => makeMatch(k, { articleId: `o${i}` })) },
  words: 5,
  libraryCount: 4,
  pageSaved: false,
});
const run = (inputs: PanelInput[]) => inputs.reduce(reducePanel, INITIAL_PANEL);
const follow: PanelInput = { kind: 'follow', tabId: 3 };

describe('selectionSummary', () => {
  test.each<[string, SelectionCheck, string]>([
    ['running', { state: 'checking' }, 'Comparing the selected text with your library…'],
    ['empty', { state: 'refused', reason: 'empty', words: 0 }, 'No text is selected. Select the words of a quote in the page, then choose “Check the selected text as a quote”.'],
    ['non-text', { state: 'refused', reason: 'non-text', words: 0 }, 'The selection holds no text, only an image or other media. Select the words of the quote itself.'],
    ['too long', { state: 'refused', reason: 'too-long', words: 2001 }, 'The selection is 2,001 words long: a quote is checked up to 2,000 words. Select the quote alone.'],
    ['failed', { state: 'failed', error: 'Disk full.' }, 'The selected text could not be checked: Disk full.'],
    ['nowhere else', checked([]), 'Selected text: no saved article carries it.'],
    ['one outlet', checked(['paraphrase']), 'Selected text: 1 other outlet carries it, 1 paraphrased.'],
    ['three outlets', checked(['verbatim', 'verbatim', 'altered']), 'Selected text: 3 other outlets carry it, 2 verbatim, 1 altered.'],
  ])('%s', (_name, check, said) => {
    expect(selectionSummary(check)).toBe(said);
  });
});

describe('reducePanel: the selection', () => {
  test.each<[string, PanelInput[], Partial<PanelState>, string]>([
    ['running, announced', [follow, { kind: 'selection', tabId: 3, check: { state: 'checking' } }], { selection: { state: 'checking' } }, 'Comparing the selected text with your library…'],
    ['its outcome, announced', [follow, { kind: 'selection', tabId: 3, check: { state: 'checking' } }, { kind: 'selection', tabId: 3, check: checked([]) }], { selection: checked([]) }, 'Selected text: no saved article carries it.'],
    ['another tab’s is ignored', [follow, { kind: 'selection', tabId: 4, check: checked([]) }], { selection: null }, ''],
    ['dismissed', [follow, { kind: 'selection', tabId: 3, check: checked([]) }, { kind: 'selection', tabId: 3, check: null }], { selection: null }, 'Selected text: no saved article carries it.'],
    ['a tab switch drops it', [follow, { kind: 'selection', tabId: 3, check: checked([]) }, { kind: 'follow', tabId: 5 }], { tabId: 5, selection: null }, 'Selected text: no saved article carries it.'],
    [
      'the page check beside it keeps it',
      [follow, { kind: 'selection', tabId: 3, check: checked([]) }, { kind: 'tab-state', tabId: 3, tab: { state: 'checking' } }],
      { selection: checked([]), tab: { state: 'checking' } },
      'Checking this page…',
    ],
  ])('%s', (_name, inputs, expected, announced) => {
    const s = run(inputs);
    expect(s).toMatchObject(expected);
    expect(s.announcement.text).toBe(announced);
  });
});
