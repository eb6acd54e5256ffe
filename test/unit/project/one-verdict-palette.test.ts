/**
 * One palette: the kinds' and flags' colours are written in utils/report/verdicts.ts and nowhere
 * else. Scans every source file (TS, TSX, CSS, HTML, MJS under utils, components, entrypoints, bin)
 * for (a) any of the model's colour values, (b) a colour literal on the same line as a kind's or a
 * flag's name, (c) a stylesheet defining a kind's or a flag's custom property. The detector is
 * tested on the lines this rule replaced, so the scan cannot pass by matching nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ATTENTION_BADGE_COLOUR,
  FLAG_DEFINITIONS,
  FLAGGED_HIGHLIGHT_COLOUR,
  FLAGS,
  PARAPHRASED_HERE_PALETTE,
  VERDICT_DEFINITIONS,
  VERDICTS,
} from '@/utils/report/verdicts';

const MODEL = 'utils/report/verdicts.ts';
const ROOTS = ['utils', 'components', 'entrypoints', 'bin'];
const EXTENSIONS = /\.(ts|tsx|css|html|mjs)$/;

/** Lower case, no spaces: `rgb(220, 40, 30)` and `RGB(220,40,30)` are one colour. */
const norm = (colour: string) => colour.toLowerCase().replace(/\s+/g, '');

const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)/g;

const MODEL_COLOURS = new Set(
  [
    ...VERDICTS.flatMap((v) => {
      const { ink, highlight } = VERDICT_DEFINITIONS[v];
      return [ink.light, ink.dark, highlight.background, ...(highlight.mark ? [highlight.mark.colour] : [])];
    }),
    ...FLAGS.flatMap((f) => [FLAG_DEFINITIONS[f].ink.light, FLAG_DEFINITIONS[f].ink.dark]),
    FLAGGED_HIGHLIGHT_COLOUR,
    ATTENTION_BADGE_COLOUR,
    PARAPHRASED_HERE_PALETTE.ink.light,
    PARAPHRASED_HERE_PALETTE.ink.dark,
    PARAPHRASED_HERE_PALETTE.highlight.background,
    PARAPHRASED_HERE_PALETTE.highlight.mark!.colour,
  ].map(norm),
);

/** A kind's or a flag's id as a name (`altered`, `--altered`, `.chip-only-here`), not the product's `verbatim-…` prefix. */
const NAME = new RegExp(`(?<![\\w])(?:--|[\\w]+-)?(${[...VERDICTS, ...FLAGS].join('|')})(?![\\w-])`);

/** What a file does against the one-palette rule, one message per offending line. */
function violations(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const colours = line.match(COLOUR) ?? [];
    for (const c of colours) if (MODEL_COLOURS.has(norm(c))) out.push(`${at}: the model's colour ${c}`);
    const name = NAME.exec(line);
    if (name && colours.length) out.push(`${at}: colour ${colours[0]} beside "${name[1]}"`);
    const prop = new RegExp(`--(${[...VERDICTS, ...FLAGS].join('|')})\\s*:`).exec(line);
    if (file.endsWith('.css') && prop) out.push(`${at}: defines --${prop[1]}`);
  });
  return out;
}

function sourceFiles(): string[] {
  return ROOTS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && EXTENSIONS.test(e.name))
      .map((e) => path.join(e.parentPath, e.name)),
  );
}

describe('the detector', () => {
  test.each([
    ['the theme\'s old variables', 'x.css', '  --altered: #b42318; --conflict: #8a2ba6; --meaning: #a35200; --paraphrase: #7a5d00;'],
    ['a variable with another value', 'x.css', '  --partial: #123456;'],
    ['a kind\'s variable defined from another', 'x.css', '  --only-here: var(--muted);'],
    ['a chip rule with its own colour', 'x.css', '.chip-paraphrase { color: #6b5200; border-style: dashed; }'],
    ['the highlighter\'s old table', 'x.ts', "  altered: { bg: 'rgba(235, 64, 52, 0.32)', line: 'underline double rgb(220, 40, 30)' },"],
    ['a quoted key', 'x.ts', "  'only-here': { bg: 'rgba(1, 2, 3, 0.5)', line: 'none' },"],
    ['a flag\'s colour', 'x.ts', "const FLAG_LOOK = { 'speaker-conflict': 'rgb(170,50,200)' };"],
    ['the badge\'s old literal', 'x.ts', "const BADGE_COLOR = '#8A3B12';"],
    ['a model colour on its own', 'x.css', '.danger { color: #B42318; }'],
  ])('catches %s', (_name, file, line) => {
    expect(violations(file, line)).not.toEqual([]);
  });

  test.each([
    ['the focus look (not a kind)', 'x.ts', "  focus: { bg: 'rgba(30, 120, 255, 0.40)', line: 'underline solid rgb(30, 100, 255)' },"],
    ['the product\'s prefix', 'x.ts', "style.setAttribute('data-verbatim-ui', ''); box.style.color = '#222';"],
    ['a kind used through its variable', 'x.css', 'button.danger { border-color: var(--altered); color: var(--altered); background: transparent; }'],
    ['a kind named without a colour', 'x.ts', "if (m.kind === 'paraphrase') return 'paraphrased';"],
  ])('lets %s pass', (_name, file, line) => {
    expect(violations(file, line)).toEqual([]);
  });
});

describe('the tree', () => {
  const files = sourceFiles();

  test('scans the files where palettes used to live', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        MODEL,
        'components/verbatim-theme.css',
        'components/hover-card.css',
        'components/popup/VerdictChip.tsx',
        'entrypoints/popup/style.css',
        'entrypoints/background/badge.ts',
        'utils/page/highlight-quotes.ts',
        'bin/cli/format-report.ts',
      ]),
    );
  });

  test('the model itself trips the detector (so the scan is looking at real colours)', () => {
    expect(violations(MODEL, readFileSync(MODEL, 'utf8')).length).toBeGreaterThan(VERDICTS.length);
  });

  test('no other file writes a kind\'s or a flag\'s colour', () => {
    const found = files.filter((f) => f !== MODEL).flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
