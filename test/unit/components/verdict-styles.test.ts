/**
 * The per-kind stylesheet (components/verdict-styles.ts) says what the verdict model says, and every
 * custom property the stylesheets use is defined: by the theme, or by this generated sheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inkProperty, verdictStyles } from '@/components/verdict-styles';
import { FLAG_DEFINITIONS, FLAGS, VERDICT_DEFINITIONS, VERDICTS } from '@/utils/report/verdicts';

const css = verdictStyles();
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const light = css.slice(0, darkAt);
const dark = css.slice(darkAt, css.indexOf('\n', darkAt));

/** Custom properties a piece of CSS defines, with their values. */
const definedIn = (text: string) => new Map([...text.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => [m[1], m[2].trim()]));

/** The declarations of the one rule with exactly this selector. */
function rule(selector: string): string {
  const rules = css.split('\n').filter((l) => l.startsWith(`${selector} {`));
  expect(rules, selector).toHaveLength(1);
  return rules[0];
}

const stylesheets = ['components', 'entrypoints'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => path.join(e.parentPath, e.name)),
);

describe('verdictStyles writes the model', () => {
  test('the light properties come before the dark block, which is one line', () => {
    expect(darkAt).toBeGreaterThan(0);
    expect(light.startsWith(':root, :host {')).toBe(true);
  });

  test.each(VERDICTS)('%s: ink light and dark, chip and card edge in its colour and line style', (v) => {
    const { ink, line } = VERDICT_DEFINITIONS[v];
    expect(definedIn(light).get(inkProperty(v))).toBe(ink.light);
    expect(definedIn(dark).get(inkProperty(v))).toBe(ink.dark);
    expect(rule(`.chip-${v}`)).toBe(`.chip-${v} { color: var(${inkProperty(v)}); border-style: ${line}; }`);
    expect(rule(`.quote-card.v-${v}`)).toBe(`.quote-card.v-${v} { border-left-color: var(${inkProperty(v)}); border-left-style: ${line}; }`);
  });

  test.each(FLAGS)('%s: ink light and dark, flag chip in its colour', (f) => {
    const { ink } = FLAG_DEFINITIONS[f];
    expect(definedIn(light).get(inkProperty(f))).toBe(ink.light);
    expect(definedIn(dark).get(inkProperty(f))).toBe(ink.dark);
    expect(rule(`.flag-${f}`)).toBe(`.flag-${f} { color: var(${inkProperty(f)}); }`);
  });
});

describe('the stylesheets and the generated sheet fit together', () => {
  const theme = readFileSync('components/verbatim-theme.css', 'utf8');
  const generated = definedIn(css);

  test('the stylesheets are found', () => {
    expect(stylesheets).toEqual(expect.arrayContaining(['components/verbatim-theme.css', 'entrypoints/popup/style.css', 'components/library/library.css']));
  });

  test.each(stylesheets)('%s: every var(--…) it uses is defined by the theme or by verdictStyles', (file) => {
    const used = [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    const themeProps = definedIn(theme);
    expect(used.filter((p) => !themeProps.has(p) && !generated.has(p))).toEqual([]);
  });

  test('the theme defines none of the model\'s properties (one definition each)', () => {
    expect([...definedIn(theme).keys()].filter((p) => generated.has(p))).toEqual([]);
  });
});
