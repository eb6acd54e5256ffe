/**
 * `verbatim eval languages`: the golden articles in French, German and Spanish
 * (test/golden/languages/<code>/cases.ts, written by the team) through findQuotes as the command
 * line reads a .txt article (no `lang`: the language is detected), scored per language and per
 * half: tune (even cases, which the lexicons were tuned on) and held-out (odd cases). The case
 * files are read as data, like any corpus: compiled at run time, never imported by the tool.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../cli/project-root';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { addScores, articleOfCase, isTuneCase, quoteKey, rates, scoreCase, type LanguageCaseData, type LanguageScore } from './score-languages';

const LANGUAGES = [['fr', 'FR_CASES'], ['de', 'DE_CASES'], ['es', 'ES_CASES']] as const;

/** The cases exported as `exportName` by a TypeScript case file, compiled to JavaScript in memory. */
async function loadCases(file: string, exportName: string): Promise<LanguageCaseData[]> {
  const { transform } = await import('esbuild');
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm' });
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  const cases = module[exportName];
  if (!Array.isArray(cases)) throw new Error(`${file}: no ${exportName} array`);
  return cases as LanguageCaseData[];
}

const pct = (x: number) => x.toFixed(3);

function row(language: string, split: string, s: LanguageScore): string {
  const r = rates(s);
  return `${language.padEnd(9)}${split.padEnd(10)}${String(s.expected).padStart(9)}${String(s.found).padStart(7)}${String(s.correct).padStart(9)}${pct(r.precision).padStart(7)}${pct(r.recall).padStart(7)}${pct(r.speakerAccuracy).padStart(9)}`;
}

export async function runLanguagesEval(): Promise<number> {
  const lines = ['Golden language cases (test/golden/languages): tune = even cases, held-out = odd cases',
    `${'language'.padEnd(9)}${'split'.padEnd(10)}${'expected'.padStart(9)}${'found'.padStart(7)}${'correct'.padStart(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'speaker'.padStart(9)}`];
  for (const [code, exportName] of LANGUAGES) {
    const cases = await loadCases(join(PROJECT_ROOT, 'test', 'golden', 'languages', code, 'cases.ts'), exportName);
    const scores = cases.map((c) => {
      const article = articleOfCase(c);
      return scoreCase(c.quotes, findQuotes(article, lexiconFor(article)).map(quoteKey));
    });
    const tune = addScores(scores.filter((_, i) => isTuneCase(i)));
    const held = addScores(scores.filter((_, i) => !isTuneCase(i)));
    lines.push(row(code, 'tune', tune), row(code, 'held-out', held), row(code, 'all', addScores([tune, held])));
  }
  lines.push('P = correct/found, R = correct/expected (a quote is correct when its first three words match, in order);',
    'speaker = right speaker among correct quotes (null is right only where null is expected).');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
