/**
 * The verdict model (utils/report/verdicts): order, words, symbols, rules, counts and colours, table
 * by table. Tables keyed by Record<Verdict | MatchKind, …> fail to compile until a new kind has its row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  countFlags,
  countKinds,
  countVerdicts,
  FLAG_DEFINITIONS,
  FLAG_LABELS,
  FLAGS,
  MATCH_KINDS,
  needsAttention,
  rendersDifferently,
  VERDICT_DEFINITIONS,
  VERDICT_LABELS,
  VERDICTS,
  type KindCounts,
  type Verdict,
} from '@/utils/report/verdicts';
import type { DiffOp, MatchKind, QuoteMatch } from '@/utils/types';
import { makeMatch, makeReport } from '../../support/quote-report-builders';

/** The MatchKind union as written in utils/types.ts: the model must cover exactly these. */
function matchKindsInTypes(): string[] {
  const source = readFileSync('utils/types.ts', 'utf8');
  const union = /export type MatchKind =([^;]+);/.exec(source);
  if (!union) throw new Error('utils/types.ts: no MatchKind union');
  return [...union[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe('order', () => {
  test('verdicts most serious first, only-here last', () => {
    expect(VERDICTS).toEqual(['altered', 'paraphrase', 'partial', 'verbatim', 'only-here']);
  });

  test('match kinds closest rendering first', () => {
    expect(MATCH_KINDS).toEqual(['verbatim', 'partial', 'altered', 'paraphrase']);
  });

  test('flags most important first, and no flag is a verdict', () => {
    expect(FLAGS).toEqual(['speaker-conflict', 'meaning-change']);
    expect(FLAGS.some((f) => (VERDICTS as readonly string[]).includes(f))).toBe(false);
  });

  test('every MatchKind in utils/types.ts has a verdict, and only-here is the one verdict that is no match kind', () => {
    const kinds = matchKindsInTypes();
    expect(kinds.length).toBeGreaterThan(0);
    expect([...MATCH_KINDS].sort()).toEqual([...kinds].sort());
    expect(VERDICTS.filter((v) => !(kinds as string[]).includes(v))).toEqual(['only-here']);
  });

  test('closeness ranks are distinct and only-here has none', () => {
    const ranks = MATCH_KINDS.map((k) => VERDICT_DEFINITIONS[k].closeness);
    expect(new Set(ranks).size).toBe(MATCH_KINDS.length);
    expect(VERDICT_DEFINITIONS['only-here'].closeness).toBeNull();
  });
});

describe('words and symbols', () => {
  const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

  test.each<[string, () => string[]]>([
    ['reader labels, kinds and flags together', () => [...VERDICTS.map((v) => VERDICT_LABELS[v]), ...FLAGS.map((f) => FLAG_LABELS[f])]],
    ['CLI labels', () => VERDICTS.map((v) => VERDICT_DEFINITIONS[v].cliLabel)],
    ['symbols, kinds and flags together', () => [...VERDICTS.map((v) => VERDICT_DEFINITIONS[v].symbol), ...FLAGS.map((f) => FLAG_DEFINITIONS[f].symbol)]],
  ])('%s are non-empty and unique', (_name, words) => {
    const ws = words();
    expect(ws.every((w) => w.trim().length > 0)).toBe(true);
    expect(unique(ws)).toBe(true);
  });

  test.each<[Verdict, string, string]>([
    ['altered', 'Altered', 'ALTERED'],
    ['paraphrase', 'Paraphrased', 'PARAPHRASE'],
    ['partial', 'Partial', 'PARTIAL'],
    ['verbatim', 'Verbatim', 'VERBATIM'],
    ['only-here', 'Only here', 'ONLY HERE'],
  ])('%s reads "%s" in the UI and "%s" in the CLI', (verdict, label, cli) => {
    expect(VERDICT_LABELS[verdict]).toBe(label);
    expect(VERDICT_DEFINITIONS[verdict].cliLabel).toBe(cli);
  });
});

describe('rendersDifferently: a version shows its diff unless its kind promises the same words and the diff shows none', () => {
  const same: DiffOp[] = [{ op: 'equal', text: 'we will build the bridge' }];
  const changed: DiffOp[] = [{ op: 'equal', text: 'we will' }, { op: 'delete', text: 'build' }, { op: 'insert', text: 'make' }];
  const marked: DiffOp[] = [{ op: 'equal', text: 'we will build' }, { op: 'equal', text: '…', edit: 'cut' }];
  const expected: Record<MatchKind, [boolean, boolean, boolean]> = {
    verbatim: [false, true, true],
    partial: [true, true, true],
    altered: [true, true, true],
    paraphrase: [true, true, true],
  };
  test.each(MATCH_KINDS.map((k) => [k, ...expected[k]] as const))('%s: same words %s, changed %s, marked edit %s', (kind, s, c, m) => {
    const version = (diff: DiffOp[]): Pick<QuoteMatch, 'kind' | 'diff'> => ({ kind, diff });
    expect([rendersDifferently(version(same)), rendersDifferently(version(changed)), rendersDifferently(version(marked))]).toEqual([s, c, m]);
  });
});

describe('needsAttention (the badge count): per verdict, and any flag', () => {
  const expected: Record<Verdict, boolean> = { altered: true, paraphrase: true, partial: false, verbatim: false, 'only-here': false };
  test.each(VERDICTS.map((v) => [v, expected[v]] as const))('%s alone: %s', (verdict, attention) => {
    const report = makeReport('q', 0, verdict === 'only-here' ? [] : [makeMatch(verdict)]);
    expect(needsAttention(report)).toBe(attention);
  });
  test.each(MATCH_KINDS)('%s with a flag: always', (kind) => {
    expect(needsAttention(makeReport('q', 0, [makeMatch(kind, { meaningChanges: ['not'] })]))).toBe(true);
  });
});

describe('counts', () => {
  const zero: KindCounts = { verbatim: 0, partial: 0, altered: 0, paraphrase: 0, onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 };
  test.each<[string, Parameters<typeof makeMatch>[][], Partial<KindCounts>]>([
    ['nothing', [], {}],
    ['a quote nobody else carries', [[]], { onlyHere: 1 }],
    ['one quote, two kinds: counted under both', [[['verbatim'], ['paraphrase']]], { verbatim: 1, paraphrase: 1 }],
    ['two matches of one kind: once', [[['partial'], ['partial']]], { partial: 1 }],
    ['flags once per quote', [[['altered', { speakerConflict: true }], ['partial', { speakerConflict: true, meaningChanges: ['3'] }]]], { altered: 1, partial: 1, speakerConflicts: 1, meaningChanges: 1 }],
    ['several quotes', [[], [['verbatim']], [['verbatim', { meaningChanges: ['not'] }]]], { onlyHere: 1, verbatim: 2, meaningChanges: 1 }],
  ])('countKinds: %s', (_name, quotes, expected) => {
    const reports = quotes.map((ms, i) => makeReport(`q${i}`, i, ms.map((m) => makeMatch(...m))));
    expect(countKinds(reports)).toEqual({ ...zero, ...expected });
  });

  test('countKinds has a field per match kind, plus onlyHere and one per flag', () => {
    expect(Object.keys(countKinds([])).sort()).toEqual([...MATCH_KINDS, 'onlyHere', 'speakerConflicts', 'meaningChanges'].sort());
  });

  const arbKinds = fc.array(fc.array(fc.record({ kind: fc.constantFrom(...MATCH_KINDS), conflict: fc.boolean(), meaning: fc.boolean() }), { maxLength: 4 }), { maxLength: 8 });
  test('property: countVerdicts counts every quote once; countKinds counts a quote under each kind it has', () => {
    fc.assert(
      fc.property(arbKinds, (quotes) => {
        const reports = quotes.map((ms, i) =>
          makeReport(`q${i}`, i, ms.map((m) => makeMatch(m.kind, { speakerConflict: m.conflict, meaningChanges: m.meaning ? ['not'] : [] }))),
        );
        const verdicts = countVerdicts(reports);
        expect(VERDICTS.reduce((n, v) => n + verdicts[v], 0)).toBe(reports.length);
        const kinds = countKinds(reports);
        expect(kinds.onlyHere).toBe(verdicts['only-here']);
        for (const k of MATCH_KINDS) expect(kinds[k]).toBe(quotes.filter((ms) => ms.some((m) => m.kind === k)).length);
        const flags = countFlags(reports);
        expect([kinds.speakerConflicts, kinds.meaningChanges]).toEqual([flags['speaker-conflict'], flags['meaning-change']]);
      }),
    );
  });
});

describe('colours: one palette', () => {
  const HEX = /^#[0-9a-f]{6}$/;

  /** The theme's own background colours (not the model's): what the inks are read against. */
  function themeColours(): { light: Record<string, string>; dark: Record<string, string> } {
    const css = readFileSync('components/verbatim-theme.css', 'utf8');
    const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
    const props = (block: string) => Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
    return { light: props(css.slice(0, darkAt)), dark: props(css.slice(darkAt)) };
  }

  function contrast(a: string, b: string): number {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  const inks = [...VERDICTS.map((v) => [v, VERDICT_DEFINITIONS[v].ink] as const), ...FLAGS.map((f) => [f, FLAG_DEFINITIONS[f].ink] as const)];

  test.each(inks)('%s ink: light and dark hex colours, AA text contrast on the background, the cards and flag chips', (_name, ink) => {
    const theme = themeColours();
    for (const scheme of ['light', 'dark'] as const) {
      expect(ink[scheme]).toMatch(HEX);
      for (const bg of ['--bg', '--card', '--flag-bg']) {
        expect(theme[scheme][bg], `${scheme} ${bg}`).toMatch(HEX);
        expect(contrast(ink[scheme], theme[scheme][bg]), `${scheme} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  test('no two kinds or flags share an ink, and no two kinds share a highlight', () => {
    for (const scheme of ['light', 'dark'] as const) expect(new Set(inks.map(([, ink]) => ink[scheme])).size).toBe(inks.length);
    expect(new Set(VERDICTS.map((v) => VERDICT_DEFINITIONS[v].highlight.background)).size).toBe(VERDICTS.length);
  });

  test('page highlights differ without colour: one underline style per kind (chips have their symbols)', () => {
    const marks = VERDICTS.map((v) => VERDICT_DEFINITIONS[v].highlight.mark?.style ?? 'none');
    expect(new Set(marks).size).toBe(VERDICTS.length);
  });
});
