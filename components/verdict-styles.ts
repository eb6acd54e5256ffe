/**
 * The per-kind part of the UI's stylesheet, written from the verdict model (utils/report/verdicts)
 * so no stylesheet lists the kinds: the ink custom properties (--altered, …, --speaker-conflict;
 * light, and dark when the reader's system is dark; --paraphrased-here for the "paraphrased here"
 * sentences), the kind chips (VerdictChip, the header's
 * counts), the flag chips and the quote cards' edge. Each page adds it after
 * components/verbatim-theme.css (entrypoints/popup, sidepanel, library; the hover card's shadow root).
 */
import { FLAG_DEFINITIONS, FLAGS, PARAPHRASED_HERE_PALETTE, VERDICT_DEFINITIONS, VERDICTS, type Flag, type SchemeColour, type Verdict } from '@/utils/report/verdicts';

/** The custom property that holds a kind's or a flag's ink: `--altered`, `--speaker-conflict`. */
export const inkProperty = (name: Verdict | Flag | 'paraphrased-here'): string => `--${name}`;

const inks: [Verdict | Flag | 'paraphrased-here', SchemeColour][] = [
  ...VERDICTS.map((v): [Verdict, SchemeColour] => [v, VERDICT_DEFINITIONS[v].ink]),
  ...FLAGS.map((f): [Flag, SchemeColour] => [f, FLAG_DEFINITIONS[f].ink]),
  ['paraphrased-here', PARAPHRASED_HERE_PALETTE.ink],
];

const properties = (scheme: keyof SchemeColour) => inks.map(([name, ink]) => `${inkProperty(name)}: ${ink[scheme]};`).join(' ');

/** The stylesheet text; `:host` is listed so it works inside the hover card's shadow root too. */
export function verdictStyles(): string {
  return [
    `:root, :host { ${properties('light')} }`,
    `@media (prefers-color-scheme: dark) { :root, :host { ${properties('dark')} } }`,
    // Chips: colour plus a symbol and a border style per kind, so they differ without colour.
    ...VERDICTS.map((v) => `.chip-${v} { color: var(${inkProperty(v)}); border-style: ${VERDICT_DEFINITIONS[v].line}; }`),
    ...FLAGS.map((f) => `.flag-${f} { color: var(${inkProperty(f)}); }`),
    ...VERDICTS.map(
      (v) => `.quote-card.v-${v} { border-left-color: var(${inkProperty(v)}); border-left-style: ${VERDICT_DEFINITIONS[v].line}; }`,
    ),
  ].join('\n');
}

/** Adds the stylesheet to an extension page, after the theme it completes (same specificity: later wins). */
export function addVerdictStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = verdictStyles();
  doc.head.append(style);
}
