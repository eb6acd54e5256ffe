/** @vitest-environment happy-dom */
import { describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { HoverCard } from '@/components/HoverCard';
import { PopupApp, type PopupActions } from '@/components/popup/PopupApp';
import { QuoteCard } from '@/components/popup/QuoteCard';
import { ReportHeader } from '@/components/popup/ReportHeader';
import { WordDiff } from '@/components/popup/WordDiff';
import type { CheckReport, ResponseOf } from '@/utils/protocol/messages';
import { countFlags, countVerdicts } from '@/utils/report/verdicts';
import type { DiffOp, MatchKind, QuoteMatch } from '@/utils/types';
import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import { makeMatch, makeReport } from '../../support/quote-report-builders';
import { mount } from '../../support/mount';


const XSS = '<img src=x onerror=alert(1)>';

/** An element's name as a screen reader reads it: its text, aria-hidden parts left out, spaces collapsed. */
function spokenName(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('WordDiff', () => {
  test('deletions and insertions are marked by element and by hidden words, not by colour', () => {
    const el = mount(
      <WordDiff
        diff={[
          { op: 'equal', text: 'will help' },
          { op: 'delete', text: 'ensure' },
          { op: 'insert', text: 'secure' },
          { op: 'equal', text: 'supply chains' },
        ]}
      />,
    );
    expect(el.querySelector('del')!.textContent).toBe('removed: ensure');
    expect(el.querySelector('ins')!.textContent).toBe('added: secure');
    expect(el.querySelector('del .sr-only')!.textContent).toBe('removed: ');
    // What a screen reader (or a colour-blind reader, through strike-through/underline) gets:
    expect(el.textContent).toBe('will help removed: ensure added: secure supply chains');
    expect(el.querySelector('[data-testid="diff-edit"]')).toBeNull();
  });

  // A journalist's marked edit is boxed and named in words; a silent change is not.
  test.each<[string, DiffOp[], string, string]>([
    [
      'a bracketed insertion in the other version',
      [{ op: 'equal', text: 'lied many times,' }, { op: 'insert', text: '[and]', edit: 'insertion' }, { op: 'equal', text: 'nothing happened' }],
      'insertion',
      "lied many times, editor's insertion added: [and] nothing happened",
    ],
    [
      'a bracketed substitution for a pronoun',
      [{ op: 'delete', text: 'he', edit: 'substitution' }, { op: 'insert', text: '[Mr. Lee]', edit: 'substitution' }, { op: 'equal', text: 'said no' }],
      'substitution',
      "editor's substitution removed: he added: [Mr. Lee] said no",
    ],
    [
      'an ellipsis standing for cut words',
      [{ op: 'equal', text: 'we will build' }, { op: 'insert', text: '…', edit: 'cut' }, { op: 'equal', text: 'the bridge' }],
      'cut',
      'we will build cut (…) the bridge',
    ],
    [
      'the words an ellipsis cut',
      [{ op: 'equal', text: 'we will' }, { op: 'delete', text: 'soon', edit: 'cut' }, { op: 'equal', text: 'build' }],
      'cut',
      'we will cut (…) removed: soon build',
    ],
  ])('%s is a marked edit, named for every reader', (_name, diff, edit, spoken) => {
    const el = mount(<WordDiff diff={diff} />);
    const marks = el.querySelectorAll('[data-testid="diff-edit"]');
    expect(marks).toHaveLength(1);
    expect(marks[0].getAttribute('data-edit')).toBe(edit);
    expect(marks[0].classList.contains(`edit-${edit}`)).toBe(true);
    // The name is visible text, not a hidden hint or a colour.
    expect(marks[0].querySelector('.edit-tag')!.classList.contains('sr-only')).toBe(false);
    expect(el.textContent).toBe(spoken);
  });

  test('a silent change next to a marked edit stays a plain change', () => {
    const el = mount(
      <WordDiff
        diff={[
          { op: 'delete', text: 'ensure' },
          { op: 'insert', text: 'secure' },
          { op: 'insert', text: '[and]', edit: 'insertion' },
        ]}
      />,
    );
    expect(el.querySelectorAll('[data-testid="diff-edit"]')).toHaveLength(1);
    expect(el.querySelector('[data-testid="diff-edit"]')!.textContent).not.toContain('secure');
    expect(el.querySelectorAll('del:not(.marked), ins:not(.marked)')).toHaveLength(2);
  });
});

describe('QuoteCard', () => {
  test('page-derived strings render as inert text', () => {
    const report = makeReport(XSS, 0, [makeMatch('altered', { outlet: XSS, text: XSS, diff: [{ op: 'insert', text: XSS }] })]);
    report.quote.speaker = XSS;
    const el = mount(<QuoteCard report={report} id="q" expanded onToggle={() => {}} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain(XSS);
  });

  test.each([
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['JaVaScRiPt:alert(1)', null],
    ['not a url', null],
    ['https://gazette.example/story#old', 'https://gazette.example/story#:~:text='],
    ['http://gazette.example/a?b=1', 'http://gazette.example/a?b=1#:~:text='],
  ])('the link for url %s', (url, prefix) => {
    const el = mount(<QuoteCard report={makeReport('q', 0, [makeMatch('verbatim', { url })])} id="q" expanded onToggle={() => {}} />);
    const links = [...el.querySelectorAll('a')];
    if (prefix === null) expect(links).toHaveLength(0);
    else {
      expect(links).toHaveLength(1);
      expect(links[0].getAttribute('href')!.startsWith(prefix)).toBe(true);
    }
    expect(el.innerHTML).not.toMatch(/javascript:|data:text/i);
  });

  test('the header button toggles with aria-expanded; collapsed cards hide the diff', () => {
    const onToggle = vi.fn();
    const report = makeReport('we will build it', 0, [makeMatch('paraphrase')]);
    const el = mount(<QuoteCard report={report} id="q" expanded={false} onToggle={onToggle} />);
    const button = el.querySelector<HTMLButtonElement>('[data-testid="quote-toggle"]')!;
    expect(button.tagName).toBe('BUTTON'); // native Enter/Space and focus
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Named by what it shows (no aria-label that could differ from it), plus the hidden count.
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(spokenName(button)).toBe('Paraphrased, Ana Ruiz, we will build it, 1 other version');
    expect(el.querySelector('[data-testid="word-diff"]')).toBeNull();
    button.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid="verdict"]')!.getAttribute('data-verdict')).toBe('paraphrase');
  });

  test('a flagged partial: the chip says "Partial" and the flag sits beside it', () => {
    const report = makeReport('q', 0, [makeMatch('partial', { speakerConflict: true, speaker: 'Ben Ode' })]);
    const el = mount(<QuoteCard report={report} id="q" expanded={false} onToggle={() => {}} />);
    const card = el.querySelector('[data-testid="quote-card"]')!;
    expect(card.getAttribute('data-verdict')).toBe('partial');
    expect(card.getAttribute('data-flags')).toBe('speaker-conflict');
    const chips = el.querySelector('[data-testid="verdict-chips"]')!;
    const kind = chips.querySelector('[data-testid="verdict"]')!;
    const flag = chips.querySelector('[data-testid="flag"]')!;
    expect(kind.textContent).toContain('Partial');
    expect(kind.getAttribute('data-verdict')).toBe('partial');
    expect(flag.textContent).toContain('Speaker conflict');
    expect(flag.getAttribute('data-flag')).toBe('speaker-conflict');
    // Side by side, kind first.
    expect(kind.compareDocumentPosition(flag) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(spokenName(el.querySelector('[data-testid="quote-toggle"]')!)).toMatch(/^Partial, Speaker conflict, /);
  });

  test.each<[MatchKind, Partial<QuoteMatch>, string, string[]]>([
    ['verbatim', {}, 'Verbatim', []],
    ['altered', { meaningChanges: ['not'] }, 'Altered', ['Meaning change']],
    ['paraphrase', { speakerConflict: true, meaningChanges: ['3'] }, 'Paraphrased', ['Speaker conflict', 'Meaning change']],
  ])('each version shows its kind %s and its flags %j', (kind, over, label, flags) => {
    const report = makeReport('q', 0, [makeMatch(kind, over)]);
    const el = mount(<QuoteCard report={report} id="q" expanded onToggle={() => {}} />);
    const version = el.querySelector('[data-testid="match-version"]')!;
    expect(version.querySelector('[data-testid="verdict"]')!.textContent).toContain(label);
    expect([...version.querySelectorAll('[data-testid="flag"]')].map((f) => f.textContent!.replace(/^\S+\s/, ''))).toEqual(flags);
  });

  test('flags say who else is credited and what meaning changed', () => {
    const report = makeReport('q', 0, [makeMatch('verbatim', { speakerConflict: true, speaker: 'Ben Ode', meaningChanges: ['not'] })]);
    const el = mount(<QuoteCard report={report} id="q" expanded onToggle={() => {}} />);
    expect(el.textContent).toContain('Credited to Ben Ode, not Ana Ruiz.');
    expect(el.textContent).toContain('Meaning may differ: not');
  });
});

describe('textFragmentUrl', () => {
  test.each([
    ['short quote', 'https://a.example/x', 'we will, build-it', 'https://a.example/x#:~:text=we%20will%2C%20build%2Dit'],
    ['long quote by first and last words', 'https://a.example/', 'one two three four five six seven eight nine ten eleven twelve thirteen', 'https://a.example/#:~:text=one%20two%20three%20four%20five%20six,eight%20nine%20ten%20eleven%20twelve%20thirteen'],
    ['not http(s)', 'ftp://a.example/', 'x', null],
  ])('%s', (_n, url, text, expected) => {
    expect(textFragmentUrl(url, text)).toBe(expected);
  });
});

describe('ReportHeader', () => {
  test('counts per kind and per flag, only the non-zero ones; a flagged quote still counts under its kind', () => {
    const reports = [
      makeReport('a', 0, [makeMatch('paraphrase')]),
      makeReport('b', 1, [makeMatch('paraphrase', { speakerConflict: true })]),
      makeReport('c', 2, []),
    ];
    const el = mount(
      <ReportHeader outlet={XSS} title="Bridge vote" date="2026-03-13" counts={countVerdicts(reports)} flagCounts={countFlags(reports)} />,
    );
    expect(el.querySelector('[data-testid="count-paraphrase"]')!.textContent).toBe('2 Paraphrased');
    expect(el.querySelector('[data-testid="count-only-here"]')!.textContent).toBe('1 Only here');
    expect(el.querySelector('[data-testid="count-speaker-conflict"]')!.textContent).toBe('1 Speaker conflict');
    expect(el.querySelector('[data-testid="count-altered"]')).toBeNull();
    expect(el.querySelector('[data-testid="count-meaning-change"]')).toBeNull();
    expect(el.textContent).toContain('3 quotes');
    expect(el.querySelector('img')).toBeNull();
  });
});

describe('HoverCard', () => {
  test('shows every other version with its diff; close calls back', () => {
    const onClose = vi.fn();
    const report = makeReport('q', 0, [makeMatch('paraphrase', { outlet: 'One' }), makeMatch('verbatim', { articleId: 'b', outlet: 'Two' })]);
    const el = mount(<HoverCard report={report} left={10} top={20} above={false} onClose={onClose} />);
    expect(el.querySelectorAll('[data-testid="match-version"]')).toHaveLength(2);
    expect(el.querySelectorAll('[data-testid="word-diff"]')).toHaveLength(2);
    el.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(onClose).toHaveBeenCalled();
  });

  test('names the kind and the flag side by side', () => {
    const report = makeReport('q', 0, [makeMatch('verbatim', { outlet: 'One' }), makeMatch('partial', { articleId: 'b', meaningChanges: ['not'] })]);
    const el = mount(<HoverCard report={report} left={10} top={20} above={false} onClose={() => {}} />);
    const head = el.querySelector('.card-head [data-testid="verdict-chips"]')!;
    expect(head.querySelector('[data-testid="verdict"]')!.getAttribute('data-verdict')).toBe('partial');
    expect(head.querySelector('[data-testid="flag"]')!.getAttribute('data-flag')).toBe('meaning-change');
  });
});

describe('PopupApp', () => {
  const ok = (over: Partial<Extract<CheckReport, { status: 'ok' }>> = {}): ResponseOf<'check-tab'> => ({
    ok: true,
    data: {
      status: 'ok',
      tabId: 1,
      article: { id: 'a', url: 'https://a.example/', outlet: 'Daily', title: 'Bridge', date: null },
      reports: [makeReport('only here quote', 0, []), makeReport('changed quote', 50, [makeMatch('altered')])],
      counts: { verbatim: 0, partial: 0, altered: 1, paraphrase: 0, onlyHere: 1, speakerConflicts: 0, meaningChanges: 0 },
      saved: 'no',
      libraryCount: 0,
      wire: [],
      related: [],
      elsewhere: [],
      paraphrasedHere: [],
      ...over,
    },
  });
  const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

  function actions(over: Partial<PopupActions> = {}): PopupActions {
    return {
      check: vi.fn(async () => ok()),
      save: vi.fn(async () => ({ ok: true as const, data: { saved: 'new' as const, id: 'a', libraryCount: 1 } })),
      loadSamples: vi.fn(async () => ({ ok: true as const, data: { added: 2 } })),
      exportEvidence: vi.fn(async () => ({ ok: true, message: 'Saved verbatim-daily-bridge.md' })),
      openLibrary: vi.fn(),
      ...over,
    };
  }

  test('cards most important first; the first with versions starts open; save; load samples re-checks', async () => {
    const a = actions();
    const el = mount(<PopupApp actions={a} />);
    await flush();
    const cards = [...el.querySelectorAll('[data-testid="quote-card"]')];
    expect(cards.map((c) => c.getAttribute('data-verdict'))).toEqual(['altered', 'only-here']);
    expect(cards[0].querySelector('[data-testid="word-diff"]')).not.toBeNull();
    const save = el.querySelector<HTMLButtonElement>('[data-testid="save-button"]')!;
    expect(save.textContent).toBe('Save to library');
    await act(async () => save.click());
    await flush();
    expect(a.save).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid="save-button"]')!.getAttribute('data-state')).toBe('yes');
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="load-samples"]')!.click());
    await flush();
    expect(a.loadSamples).toHaveBeenCalledTimes(1);
    expect(a.check).toHaveBeenCalledTimes(2);
  });

  test.each<[string, ResponseOf<'check-tab'>, string]>([
    ['not an article', { ok: true, data: { status: 'not-article', tabId: 1, message: 'No main text.' } }, 'state-not-article'],
    ['restricted page', { ok: true, data: { status: 'restricted', tabId: 1, message: 'Cannot read.' } }, 'state-restricted'],
    ['background failure', { ok: false, error: 'Background is not answering.' }, 'state-error'],
    ['no quotes', ok({ reports: [], libraryCount: 3 }), 'state-no-quotes'],
  ])('%s shows its state', async (_n, response, testid) => {
    const el = mount(<PopupApp actions={actions({ check: async () => response })} />);
    await flush();
    expect(el.querySelector(`[data-testid="${testid}"]`)).not.toBeNull();
  });

  test('the footer opens the library in every state', async () => {
    const a = actions({ check: async () => ({ ok: false, error: 'down' }) });
    const el = mount(<PopupApp actions={a} />);
    await flush();
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="open-library"]')!.click());
    expect(a.openLibrary).toHaveBeenCalledTimes(1);
  });

  test('error state retries', async () => {
    const check = vi.fn(async (): Promise<ResponseOf<'check-tab'>> => ({ ok: false, error: 'down' }));
    const el = mount(<PopupApp actions={actions({ check })} />);
    await flush();
    expect(el.textContent).toContain('down');
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="retry"]')!.click());
    await flush();
    expect(check).toHaveBeenCalledTimes(2);
  });

  test('a library with other coverage shows no "Load sample coverage"', async () => {
    const el = mount(<PopupApp actions={actions({ check: async () => ok({ libraryCount: 2, saved: 'yes' }) })} />);
    await flush();
    expect(el.querySelector('[data-testid="load-samples"]')).toBeNull();
    expect(el.querySelector('[data-testid="save-button"]')!.getAttribute('data-state')).toBe('yes');
  });
});
