/**
 * The lint rule that keeps page text inert (eslint.config.js): extension code may not hand a
 * string to any API that parses it as HTML or code. Runs ESLint on snippets as if they were
 * extension files; the tree itself is checked by `npm run lint`.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('no HTML sinks in extension code', () => {
  test.each([
    ['innerHTML', 'export function f(el: Element, s: string) { el.innerHTML = s; }', 'components/Sink.tsx'],
    ['outerHTML', 'export function f(el: Element, s: string) { el.outerHTML = s; }', 'entrypoints/content.ts'],
    ['insertAdjacentHTML', "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'utils/page/highlight-quotes.ts'],
    ['innerHTML by name', "export function f(el: Element, s: string) { el['innerHTML'] = s; }", 'components/Sink.tsx'],
    ['createContextualFragment', 'export function f(r: Range, s: string) { return r.createContextualFragment(s); }', 'utils/page/anchor-text.ts'],
    ['setHTMLUnsafe', 'export function f(el: Element, s: string) { (el as any).setHTMLUnsafe(s); }', 'components/Sink.tsx'],
    ['dangerouslySetInnerHTML', 'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;', 'components/popup/Quote.tsx'],
    ['document.write', 'export function f(s: string) { document.write(s); }', 'entrypoints/popup/main.tsx'],
    ['eval', 'export function f(s: string) { return eval(s); }', 'utils/x.ts'],
    ['new Function', "export function f(s: string) { return new Function('x', s); }", 'utils/x.ts'],
  ])('%s is an error', async (_name, code, file) => {
    const found = await problems(code, file);
    expect(found.some((p) => /no-restricted-properties|no-restricted-syntax|no-eval|no-new-func/.test(p))).toBe(true);
  });

  test.each([
    ['textContent', 'export function f(el: Element, s: string) { el.textContent = s; }', 'components/Ok.tsx'],
    ['JSX text', 'export const C = (p: { s: string }) => <p title={p.s}>{p.s}</p>;', 'components/popup/Ok.tsx'],
  ])('%s is allowed', async (_name, code, file) => {
    expect(await problems(code, file)).toEqual([]);
  });
});
