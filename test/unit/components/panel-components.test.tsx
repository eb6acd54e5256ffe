/** @vitest-environment happy-dom */
import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PanelApp, type PanelActions } from '@/components/panel/PanelApp';
import type { CheckReport, TabState } from '@/utils/protocol/messages';
import { INITIAL_PANEL, type PanelState } from '@/utils/ui/panel-state';
import { makeMatch, makeReport } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';


function actions() {
  return {
    check: vi.fn(),
    save: vi.fn(async () => ({ ok: true as const, data: { saved: 'new' as const, id: 'a', libraryCount: 2 } })),
    loadSamples: vi.fn(async () => ({ ok: true as const, data: { added: 2 } })),
    select: vi.fn(),
    showParaphrase: vi.fn(),
    toggleHighlights: vi.fn(),
    exportEvidence: vi.fn(async () => ({ ok: true, message: 'Saved verbatim-courier-bridge-vote.md' })),
    openLibrary: vi.fn(),
    dismissSelection: vi.fn(),
  } satisfies PanelActions;
}

// Text order: an only-here quote first, then an altered one, then a paraphrased one.
const REPORTS = [
  makeReport('nobody else printed this', 0, []),
  makeReport('we will build the bridge', 50, [makeMatch('altered')]),
  makeReport('the river is wide', 100, [makeMatch('paraphrase', { articleId: 'other-2' })]),
];
function okReport(over: Partial<Extract<CheckReport, { status: 'ok' }>> = {}): CheckReport {
  return {
    status: 'ok',
    tabId: 7,
    article: { id: 'a', url: 'https://news.example/a', outlet: 'Courier', title: 'Bridge vote', date: null },
    reports: REPORTS,
    counts: { verbatim: 0, partial: 0, altered: 1, paraphrase: 1, onlyHere: 1, speakerConflicts: 0, meaningChanges: 0 },
    saved: 'no',
    libraryCount: 4,
    wire: null as never,
    related: [],
    elsewhere: [],
    paraphrasedHere: [],
    ...over,
  };
}
const panel = (tab: TabState | null, over: Partial<PanelState> = {}): PanelState => ({ ...INITIAL_PANEL, tabId: 7, tab, ...over });

describe('PanelApp states', () => {
  test.each<[string, PanelState, string]>([
    ['no tab', { ...INITIAL_PANEL }, 'no-tab'],
    ['asking', panel(null), 'loading'],
    ['not checked', panel({ state: 'unchecked' }), 'unchecked'],
    ['checking', panel({ state: 'checking' }), 'checking'],
    ['failed', panel({ state: 'failed', error: 'The worker stopped.' }), 'failed'],
    ['a report', panel({ state: 'checked', report: okReport() }), 'report'],
    ['restricted', panel({ state: 'checked', report: { status: 'restricted', tabId: 7, message: 'Browsers do not let extensions read this page.' } }), 'restricted'],
  ])('%s: data-state %s', (_name, state, name) => {
    const el = mount(<PanelApp state={state} actions={actions()} />);
    expect(el.querySelector('[data-testid="panel"]')!.getAttribute('data-state')).toBe(name);
  });

  test('a tab not checked yet shows one "Check this page" button and says which gesture reads a new page', () => {
    const a = actions();
    const el = mount(<PanelApp state={panel({ state: 'unchecked' })} actions={a} />);
    const buttons = el.querySelectorAll<HTMLButtonElement>('[data-testid="check-page"]');
    expect(buttons).toHaveLength(1);
    expect(buttons[0].textContent).toBe('Check this page');
    expect(el.querySelector('[data-testid="state-unchecked"]')!.textContent).toMatch(/Alt\+Shift\+V.*toolbar button/);
    buttons[0].click();
    expect(a.check).toHaveBeenCalledTimes(1);
  });

  test('a failed check names the error and offers a retry that checks again', () => {
    const a = actions();
    const el = mount(<PanelApp state={panel({ state: 'failed', error: 'The worker stopped.' })} actions={a} />);
    expect(el.querySelector('[data-testid="state-error"]')!.textContent).toContain('The worker stopped.');
    el.querySelector<HTMLButtonElement>('[data-testid="retry"]')!.click();
    expect(a.check).toHaveBeenCalledTimes(1);
  });

  test('the live region is a polite status holding the announcement', () => {
    const el = mount(<PanelApp state={panel({ state: 'checking' }, { announcement: { text: 'Checking this page…', seq: 3 } })} actions={actions()} />);
    const live = el.querySelector('[data-testid="announcer"]')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Checking this page…');
  });
});

describe('PanelApp report', () => {
  const reportState = (over: Partial<PanelState> = {}) => panel({ state: 'checked', report: okReport() }, over);

  test('quotes most important first, each keeping its index in text order, each chip naming its kind', () => {
    const el = mount(<PanelApp state={reportState()} actions={actions()} />);
    const items = [...el.querySelectorAll('[data-testid="panel-quote"]')];
    expect(items.map((i) => i.getAttribute('data-index'))).toEqual(['1', '2', '0']);
    expect(items.map((i) => i.querySelector('[data-testid="verdict"]')!.textContent)).toEqual(['≠ Altered', '≈ Paraphrased', '• Only here']);
  });

  test('"Show in page" selects that quote by its text-order index; its name says which quote', () => {
    const a = actions();
    const el = mount(<PanelApp state={reportState()} actions={a} />);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('[data-testid="show-in-page"]')];
    expect(buttons.every((b) => b.tagName === 'BUTTON')).toBe(true);
    expect(buttons[2].textContent).toBe('Show in page: “nobody else printed this”');
    buttons[2].click();
    expect(a.select).toHaveBeenCalledWith(0);
  });

  test('the selected quote is marked in words and by aria-current, and opened', () => {
    const el = mount(<PanelApp state={reportState({ selected: 2 })} actions={actions()} />);
    const selected = el.querySelectorAll('[aria-current="true"]');
    expect(selected).toHaveLength(1);
    expect(selected[0].getAttribute('data-index')).toBe('2');
    expect(selected[0].querySelector('[data-testid="selected-tag"]')!.textContent).toMatch(/Marked in the page/);
    expect(selected[0].querySelector('[data-testid="quote-toggle"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelectorAll('[data-testid="selected-tag"]')).toHaveLength(1);
  });

  test('a selection arriving from the page opens that card', () => {
    const a = actions();
    const el = mount(<PanelApp state={reportState()} actions={a} />);
    const card = () => el.querySelector('[data-index="0"] [data-testid="quote-toggle"]')!;
    expect(card().getAttribute('aria-expanded')).toBe('false');
    act(() => render(<PanelApp state={reportState({ selected: 0 })} actions={a} />, el));
    expect(card().getAttribute('aria-expanded')).toBe('true');
  });

  test.each([true, false])('the highlights button says its state in words and aria-pressed (shown: %s)', (shown) => {
    const a = actions();
    const el = mount(<PanelApp state={reportState({ highlightsShown: shown })} actions={a} />);
    const b = el.querySelector<HTMLButtonElement>('[data-testid="toggle-highlights"]')!;
    expect(b.getAttribute('aria-pressed')).toBe(String(shown));
    expect(b.textContent).toBe(shown ? 'Highlights on' : 'Highlights off');
    b.click();
    expect(a.toggleHighlights).toHaveBeenCalledTimes(1);
  });

  test('save: the button shows saving, then the saved report; a refusal is shown as an alert', async () => {
    const a = actions();
    a.save.mockResolvedValueOnce({ ok: false, error: 'Disk full.' } as never);
    const el = mount(<PanelApp state={reportState()} actions={a} />);
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="save-button"]')!.click());
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Not saved: Disk full.');
    act(() => render(<PanelApp state={panel({ state: 'checked', report: okReport({ saved: 'yes' }) })} actions={a} />, el));
    expect(el.querySelector('[data-testid="save-button"]')!.getAttribute('data-state')).toBe('yes');
  });

  test('page-derived strings render as inert text', () => {
    const XSS = '<img src=x onerror=alert(1)>';
    const report = okReport({ reports: [makeReport(XSS, 0, [])], article: { id: 'a', url: 'https://x.example', outlet: XSS, title: XSS, date: null } });
    const el = mount(<PanelApp state={panel({ state: 'checked', report })} actions={actions()} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain(XSS);
  });
});
