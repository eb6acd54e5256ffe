/** @vitest-environment happy-dom */
import { describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { EXPORT_CHOICES, ExportControl, type ExportChoice, type ExportOutcome } from '@/components/popup/ExportControl';
import { PanelApp, type PanelActions } from '@/components/panel/PanelApp';
import { PopupApp, type PopupActions } from '@/components/popup/PopupApp';
import type { CheckReport, ResponseOf, TabState } from '@/utils/protocol/messages';
import { INITIAL_PANEL } from '@/utils/ui/panel-state';
import { makeMatch, makeReport } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';


const select = (el: HTMLElement) => el.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
const button = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[data-testid="export-button"]')!;
async function choose(el: HTMLElement, value: ExportChoice) {
  await act(async () => {
    select(el).value = value;
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ExportControl', () => {
  test('a native select named "Export" by its label, offering the four formats and the copy', () => {
    const el = mount(<ExportControl onExport={vi.fn()} />);
    const s = select(el);
    expect(s.tagName).toBe('SELECT');
    const label = el.querySelector(`label[for="${s.id}"]`);
    expect(label?.textContent).toBe('Export');
    expect([...s.options].map((o) => [o.value, o.textContent])).toEqual([
      ['md', 'Markdown (.md)'],
      ['html', 'HTML report (.html)'],
      ['annotations', 'Web Annotations (JSON-LD)'],
      ['claimreview', 'ClaimReview draft (JSON-LD)'],
      ['copy-md', 'Copy Markdown'],
    ]);
    expect(button(el).tagName).toBe('BUTTON');
  });

  test.each(EXPORT_CHOICES.map((c) => [c.value] as const))('choosing %s and pressing the button exports that choice', async (value) => {
    const onExport = vi.fn(async (): Promise<ExportOutcome> => ({ ok: true, message: `done ${value}` }));
    const el = mount(<ExportControl onExport={onExport} />);
    await choose(el, value);
    expect(onExport).not.toHaveBeenCalled(); // choosing alone starts nothing (arrow keys walk the options)
    expect(button(el).textContent).toBe(value === 'copy-md' ? 'Copy' : 'Download');
    await act(async () => button(el).click());
    expect(onExport.mock.calls).toEqual([[value]]);
    const status = el.querySelector('[data-testid="export-status"]')!;
    expect([status.textContent, status.getAttribute('data-ok')]).toEqual([`done ${value}`, 'true']);
  });

  test('a refusal is written out in words; a second press while running is dropped', async () => {
    let finish!: (o: ExportOutcome) => void;
    const onExport = vi.fn(() => new Promise<ExportOutcome>((resolve) => (finish = resolve)));
    const el = mount(<ExportControl onExport={onExport} />);
    await act(async () => button(el).click());
    expect(button(el).textContent).toBe('Exporting…');
    expect(button(el).getAttribute('aria-disabled')).toBe('true');
    await act(async () => button(el).click());
    expect(onExport).toHaveBeenCalledTimes(1);
    await act(async () => finish({ ok: false, message: 'Not exported: This page has no report to export: check it first.' }));
    const status = el.querySelector('[data-testid="export-status"]')!;
    expect(status.textContent).toBe('Not exported: This page has no report to export: check it first.');
    expect(status.getAttribute('data-ok')).toBe('false');
    expect(button(el).getAttribute('aria-disabled')).toBe('false');
  });
});

const REPORT: Extract<CheckReport, { status: 'ok' }> = {
  status: 'ok',
  tabId: 7,
  article: { id: 'a', url: 'https://news.example/a', outlet: 'Courier', title: 'Bridge vote', date: null },
  reports: [makeReport('we will build the bridge', 0, [makeMatch('altered')])],
  counts: { verbatim: 0, partial: 0, altered: 1, paraphrase: 0, onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 },
  saved: 'no',
  libraryCount: 3,
  wire: null as never,
  related: [],
  elsewhere: [],
  paraphrasedHere: [],
};

describe('where the export is offered', () => {
  const panelActions = (): PanelActions => ({
    check: vi.fn(),
    save: vi.fn(),
    loadSamples: vi.fn(),
    select: vi.fn(),
    showParaphrase: vi.fn(),
    toggleHighlights: vi.fn(),
    exportEvidence: vi.fn(async () => ({ ok: true, message: 'Saved verbatim-courier-bridge-vote.html' })),
    openLibrary: vi.fn(),
    dismissSelection: vi.fn(),
  });

  test.each<[string, TabState, boolean]>([
    ['a report', { state: 'checked', report: REPORT }, true],
    ['not checked', { state: 'unchecked' }, false],
    ['checking', { state: 'checking' }, false],
    ['a failed check', { state: 'failed', error: 'The worker stopped.' }, false],
    ['not an article', { state: 'checked', report: { status: 'not-article', tabId: 7, message: 'Not an article.' } }, false],
  ])('panel, %s: export offered = %s', (_name, tab, offered) => {
    const el = mount(<PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab }} actions={panelActions()} />);
    expect(el.querySelector('[data-testid="export"]') !== null).toBe(offered);
  });

  test('panel: the export goes to the panel’s action with the chosen format', async () => {
    const a = panelActions();
    const el = mount(<PanelApp state={{ ...INITIAL_PANEL, tabId: 7, tab: { state: 'checked', report: REPORT } }} actions={a} />);
    await choose(el, 'html');
    await act(async () => button(el).click());
    expect(a.exportEvidence).toHaveBeenCalledWith('html');
    expect(el.querySelector('[data-testid="export-status"]')!.textContent).toBe('Saved verbatim-courier-bridge-vote.html');
  });

  const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
  const popupActions = (check: ResponseOf<'check-tab'>): PopupActions => ({
    check: vi.fn(async () => check),
    save: vi.fn(),
    loadSamples: vi.fn(),
    exportEvidence: vi.fn(async () => ({ ok: true, message: 'Copied the Markdown report.' })),
    openLibrary: vi.fn(),
  });

  test.each<[string, ResponseOf<'check-tab'>, boolean]>([
    ['a report', { ok: true, data: REPORT }, true],
    ['restricted', { ok: true, data: { status: 'restricted', tabId: 7, message: 'Cannot read.' } }, false],
    ['a background failure', { ok: false, error: 'down' }, false],
  ])('popup, %s: export offered = %s', async (_name, check, offered) => {
    const el = mount(<PopupApp actions={popupActions(check)} />);
    await flush();
    expect(el.querySelector('[data-testid="export"]') !== null).toBe(offered);
  });

  test('popup: the outcome is written inside the popup’s live region', async () => {
    const a = popupActions({ ok: true, data: REPORT });
    const el = mount(<PopupApp actions={a} />);
    await flush();
    await choose(el, 'copy-md');
    await act(async () => button(el).click());
    expect(a.exportEvidence).toHaveBeenCalledWith('copy-md');
    const status = el.querySelector('[data-testid="export-status"]')!;
    expect(status.textContent).toBe('Copied the Markdown report.');
    expect(status.closest('[aria-live="polite"]')).not.toBeNull();
  });
});
