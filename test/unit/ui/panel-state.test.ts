import { describe, expect, test } from 'vitest';
import type { CheckReport, TabState } from '@/utils/protocol/messages';
import { checkSummary, INITIAL_PANEL, reducePanel, type PanelInput, type PanelState } from '@/utils/ui/panel-state';
import { makeMatch, makeReport } from '../../support/quote-report-builders';

type OkReport = Extract<CheckReport, { status: 'ok' }>;
function okReport(tabId: number, reports = [makeReport('we will build it', 0, [makeMatch('paraphrase')]), makeReport('no one else has this', 40, [])]): OkReport {
  return {
    status: 'ok',
    tabId,
    article: { id: `a${tabId}`, url: `https://news.example/${tabId}`, outlet: 'Courier', title: 'Bridge', date: null },
    reports,
    counts: { verbatim: 0, partial: 0, altered: 0, paraphrase: 1, onlyHere: 1, speakerConflicts: 0, meaningChanges: 0 },
    saved: 'no',
    libraryCount: 3,
    wire: null as never,
    related: [],
    elsewhere: [],
    paraphrasedHere: [],
  };
}
const checked = (tabId: number): TabState => ({ state: 'checked', report: okReport(tabId) });
const run = (inputs: PanelInput[], from: PanelState = INITIAL_PANEL) => inputs.reduce(reducePanel, from);

describe('reducePanel', () => {
  test.each<[string, PanelInput[], Partial<PanelState>, string]>([
    ['following a tab asks afresh', [{ kind: 'follow', tabId: 3 }], { tabId: 3, tab: null, selected: null }, ''],
    ['a check starting is announced', [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: { state: 'checking' } }], { tab: { state: 'checking' } }, 'Checking this page…'],
    [
      'a finished check is announced with its kinds',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: { state: 'checking' } }, { kind: 'tab-state', tabId: 3, tab: checked(3) }],
      { tab: checked(3), highlightsShown: true },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    ['another tab’s check changes nothing', [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 4, tab: checked(4) }], { tabId: 3, tab: null }, ''],
    ['a failure is announced', [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: { state: 'failed', error: 'Gone.' } }], { tab: { state: 'failed', error: 'Gone.' } }, 'Check failed: Gone.'],
    [
      'a quote hovered in the page is selected',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'quote-shown', tabId: 3, index: 1 }],
      { selected: 1 },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      'a quote hovered in another tab is not',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'quote-shown', tabId: 5, index: 1 }],
      { selected: null },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      'switching tabs drops the selection and the report, keeps the last announcement',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'select', index: 0 }, { kind: 'follow', tabId: 4 }],
      { tabId: 4, tab: null, selected: null },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      'the tab navigating away: unchecked, nothing selected',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'select', index: 1 }, { kind: 'tab-state', tabId: 3, tab: { state: 'unchecked' } }],
      { tab: { state: 'unchecked' }, selected: null },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      'hidden highlights are said in words',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'highlights', tabId: 3, shown: false }],
      { highlightsShown: false },
      'Highlights hidden.',
    ],
    [
      'the answer to the panel\'s ask is shown when nothing came since',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state-reply', tabId: 3, tab: checked(3), eventsBefore: 0 }],
      { tab: checked(3) },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      // Asked while checking, answered "checking", the answer arriving after the check's end.
      'an answer older than the check\'s end does not take the report back to "checking"',
      [
        { kind: 'follow', tabId: 3 },
        { kind: 'tab-state', tabId: 3, tab: { state: 'checking' } },
        { kind: 'tab-state', tabId: 3, tab: checked(3) },
        { kind: 'tab-state-reply', tabId: 3, tab: { state: 'checking' }, eventsBefore: 0 },
      ],
      { tab: checked(3), tabEvents: 2 },
      'Checked: 2 quotes, 1 paraphrased, 1 only here.',
    ],
    [
      'an answer about another tab changes nothing',
      [{ kind: 'follow', tabId: 3 }, { kind: 'tab-state-reply', tabId: 4, tab: checked(4), eventsBefore: 0 }],
      { tabId: 3, tab: null },
      '',
    ],
    ['a notice for this tab is announced', [{ kind: 'follow', tabId: 3 }, { kind: 'notice', tabId: 3, message: 'Quote 2 of 5.' }], {}, 'Quote 2 of 5.'],
    ['a notice for another tab is not', [{ kind: 'follow', tabId: 3 }, { kind: 'notice', tabId: 8, message: 'Saved.' }], {}, ''],
  ])('%s', (_name, inputs, expected, announced) => {
    const s = run(inputs);
    expect(s).toMatchObject(expected);
    expect(s.announcement.text).toBe(announced);
  });

  test('a save updating the shown report keeps the selection and says nothing new', () => {
    const before = run([{ kind: 'follow', tabId: 3 }, { kind: 'tab-state', tabId: 3, tab: checked(3) }, { kind: 'select', index: 1 }]);
    const saved: TabState = { state: 'checked', report: { ...okReport(3), saved: 'yes' } };
    const after = reducePanel(before, { kind: 'tab-state', tabId: 3, tab: saved });
    expect(after.selected).toBe(1);
    expect(after.tab).toEqual(saved);
    expect(after.announcement).toEqual(before.announcement);
  });

  test('the same notice twice is announced twice (a new sequence number)', () => {
    const once = run([{ kind: 'follow', tabId: 1 }, { kind: 'notice', tabId: 1, message: 'Quote 1 of 1.' }]);
    const twice = reducePanel(once, { kind: 'notice', tabId: 1, message: 'Quote 1 of 1.' });
    expect(twice.announcement.seq).toBe(once.announcement.seq + 1);
  });
});

describe('checkSummary', () => {
  test.each<[string, CheckReport, string]>([
    ['kinds in their fixed order', okReport(1), 'Checked: 2 quotes, 1 paraphrased, 1 only here.'],
    ['one quote', okReport(1, [makeReport('alone', 0, [makeMatch('verbatim')])]), 'Checked: 1 quote, 1 verbatim.'],
    ['no quotes', okReport(1, []), 'Checked: this article quotes nobody directly.'],
    ['not an article: its message', { status: 'not-article', tabId: 1, message: 'Not an article.' }, 'Not an article.'],
  ])('%s', (_name, report, text) => {
    expect(checkSummary(report)).toBe(text);
  });
});
