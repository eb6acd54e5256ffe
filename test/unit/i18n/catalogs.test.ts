/**
 * The interface's languages (public/_locales/<lang>/messages.json, read by browser.i18n): the four
 * catalogs hold the same keys with the same placeholders, no message is empty, every key the code
 * asks for exists, and no component carries an English sentence of its own (a heuristic scan of
 * component source, shown failing on planted strings below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { catalogTranslator, ENGLISH, formatMessage, type Catalog } from '@/utils/i18n/translate';
import { EDIT_LABELS } from '@/utils/report/verdicts';

const LOCALES_DIR = path.resolve('public/_locales');
const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
const catalogs = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalog]),
) as Record<(typeof LANGUAGES)[number], Catalog>;
const EN_KEYS = Object.keys(catalogs.en).sort();


function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Source that can show words to the reader: components, entrypoints, utils, the manifest config. */
const SOURCES = [
  ...filesUnder(path.resolve('components'), /\.tsx?$/),
  ...filesUnder(path.resolve('entrypoints'), /\.(tsx?|html)$/),
  ...filesUnder(path.resolve('utils'), /\.tsx?$/),
  path.resolve('wxt.config.ts'),
];

/** Translator calls: a component's `t`, the extension contexts' `browserTranslator`. */
const isTranslatorCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'browserTranslator'].includes(node.expression.text);

/** The string literals an expression can evaluate to (through ?:, ?? and ||), not those it compares. */
function outcomes(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return outcomes(node.expression);
  if (ts.isConditionalExpression(node)) return [...outcomes(node.whenTrue), ...outcomes(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) {
    return [...outcomes(node.left), ...outcomes(node.right)];
  }
  return [];
}

/**
 * Message names the code uses: the first argument of every translator call, `__MSG_key__` in the
 * manifest and pages, and the values of maps typed `MessageKey` (`Record<…, MessageKey>`, or the
 * one field typed so in `{ value; label: MessageKey }[]`).
 */
function usedKeys(fileName: string, source: string): string[] {
  const keys = [...source.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
  if (fileName.endsWith('.html')) return keys;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): void => {
    if (isTranslatorCall(node) && node.arguments[0]) keys.push(...outcomes(node.arguments[0]));
    if (ts.isVariableDeclaration(node) && node.type && node.initializer && /\bMessageKey\b/.test(node.type.getText(sf))) {
      const field = /(\w+)\??: MessageKey\b/.exec(node.type.getText(sf))?.[1];
      const collect = (n: ts.Node): void => {
        if (ts.isPropertyAssignment(n) && (!field || n.name.getText(sf) === field)) keys.push(...outcomes(n.initializer));
        ts.forEachChild(n, collect);
      };
      collect(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return keys;
}

const placeholdersOf = (entry: Catalog[string]) =>
  Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();
const namesInMessage = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z][\w@]*)\$/g)].map((m) => m[1].toLowerCase()))].sort();

describe('the four catalogs', () => {
  test.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(EN_KEYS);
  });

  test.each(LANGUAGES)('%s: no message is empty, every placeholder is declared once and used', (lang) => {
    for (const [key, entry] of Object.entries(catalogs[lang])) {
      expect(entry.message.trim(), `${lang}/${key}`).not.toBe('');
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
      expect(namesInMessage(entry.message), `${lang}/${key}`).toEqual(declared);
      // A lone $ would be read as a substitution: only $NAME$ placeholders (and $$) may appear.
      expect(entry.message.replace(/\$([A-Za-z][\w@]*)\$|\$\$/g, ''), `${lang}/${key}`).not.toContain('$');
    }
  });

  test.each(LANGUAGES.filter((l) => l !== 'en'))('%s has the English placeholders, key by key', (lang) => {
    for (const key of EN_KEYS) expect(placeholdersOf(catalogs[lang][key]), key).toEqual(placeholdersOf(catalogs.en[key]));
  });

  test('each catalog names its own language (pages declare it, numbers follow it)', () => {
    for (const lang of LANGUAGES) expect(catalogs[lang].languageTag.message).toBe(lang);
  });
});

describe('keys used by the code', () => {
  const used = new Map<string, string>();
  for (const file of SOURCES) for (const key of usedKeys(file, readFileSync(file, 'utf8'))) used.set(key, path.relative('.', file));

  test('the scan finds the keys (components, entrypoints, manifest, maps of keys)', () => {
    expect(used.size).toBeGreaterThan(150);
    for (const key of ['extName', 'commandSaveArticle', 'emptyTitleRestricted', 'exportFormatClaimreview', 'editCut', 'importSaving', 'noTabToCheck']) {
      expect(used.has(key), key).toBe(true);
    }
  });

  test('every key used exists in all four catalogs', () => {
    for (const [key, file] of used) {
      for (const lang of LANGUAGES) expect(catalogs[lang][key], `${key} (${file}) in ${lang}`).toBeDefined();
    }
  });

  test('every key is used', () => {
    const unused = EN_KEYS.filter((k) => !used.has(k) && k !== 'languageTag');
    expect(unused).toEqual([]);
  });
});

describe('English stays as it was', () => {
  test('marked edits read as the evidence files name them', () => {
    expect([ENGLISH('editInsertion'), ENGLISH('editSubstitution'), ENGLISH('editCut')]).toEqual([
      EDIT_LABELS.insertion, EDIT_LABELS.substitution, EDIT_LABELS.cut,
    ]);
  });

  test('substitutions: $NAME$ → $n → the value, $$ a dollar, numbers written for the language', () => {
    const entry = { message: 'Quote $POS$ of $OF$, $$5', placeholders: { pos: { content: '$1' }, of: { content: '$2' } } };
    expect(formatMessage(entry, ['2', '7'])).toBe('Quote 2 of 7, $5');
    expect(ENGLISH('quoteCountMany', 12345)).toBe('12,345 quotes');
    expect(catalogTranslator(catalogs.fr)('quoteCountMany', 12345)).toBe('12\u202f345 citations');
    expect(catalogTranslator(catalogs.de)('pageTooDeep', 300)).toContain('höchstens 300 Ebenen');
  });

  test('a key missing from a catalog falls back to English', () => {
    const partial = catalogTranslator({ languageTag: { message: 'fr' } }, ENGLISH);
    expect(partial('tryAgain')).toBe('Try again');
  });
});

// ---- no English sentence left in a component ----

/** Attributes whose values are never shown: classes, ids, test hooks, types, roles, addresses. */
const SILENT_ATTRIBUTE = /^(class|className|id|key|type|role|href|rel|target|for|accept|style|tabIndex|value|name|dateTime|lang|data-.*|aria-(controls|labelledby|describedby|live|busy|current|expanded|pressed|hidden|atomic|disabled))$/;
/** Attributes the reader sees or hears. */
const SPOKEN_ATTRIBUTE = /^(aria-label|aria-description|placeholder|title|alt|label|help|message)$/;
const WORDS = /\p{L}{2,}/u;
/** A capitalised word, or two words in a row: what an interface sentence looks like (class lists are lowercase and hyphenated). */
const SENTENCE = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?![\p{L}\p{N}_])|\p{L}{2,}[ ,:;]+\p{L}{2,}/u;

/** Whether a literal is what a JSX child shows (through ?:, ??, || and &&), e.g. {open ? 'Hide' : 'Show'}. */
function shownAsJsxChild(node: ts.Node): boolean {
  let at = node.parent;
  while (ts.isConditionalExpression(at) || ts.isParenthesizedExpression(at) || (ts.isBinaryExpression(at) && at.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken)) {
    at = at.parent;
  }
  return ts.isJsxExpression(at) && !ts.isJsxAttribute(at.parent);
}

/** Text in a .tsx source that reads like interface words, with its line, skipping what is never shown. */
export function literalUiText(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  // Returns nothing: ts.forEachChild stops at the first callback that returns a truthy value.
  const report = (node: ts.Node, text: string): void => {
    found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    // A message name is not text; the substitutions after it still are.
    if (isTranslatorCall(node)) return void node.arguments.slice(1).forEach(visit);
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (SILENT_ATTRIBUTE.test(name)) return;
      if (node.initializer && ts.isStringLiteral(node.initializer) && SPOKEN_ATTRIBUTE.test(name) && WORDS.test(node.initializer.text)) {
        return report(node, `${name}="${node.initializer.text}"`);
      }
    }
    // Compared, never shown: e.key === 'Escape', d.op === 'delete'.
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) return;
    if (ts.isJsxText(node) && WORDS.test(node.text)) return report(node, node.text);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (SENTENCE.test(node.text) || (WORDS.test(node.text) && shownAsJsxChild(node))) return report(node, node.text);
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (SENTENCE.test(parts)) return report(node, node.getText(sf));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('components hold no interface words of their own', () => {
  test.each<[string, string, boolean]>([
    ['a sentence as JSX text', '<p>No saved article matches.</p>', true],
    ['one word as JSX text', '<button>Remove</button>', true],
    ['a spoken attribute', '<ul aria-label="Quotes by kind" />', true],
    ['a lowercase spoken attribute', '<input placeholder="search words" />', true],
    ['a sentence in a template', 'const m = `Not saved: ${why}`;', true],
    ['a choice inside JSX', '<span>{shown ? "On" : "Off"}</span>', true],
    ['a lowercase choice inside JSX', "<b>{shown ? 'on' : 'off'}</b>", true],
    ['a substitution that is a sentence', "<p>{t('notSaved', 'Disk full')}</p>", true],
    ['a fallback word', "const who = speaker ?? 'Unattributed';", true],
    ['a map of labels', "const L = { no: 'Save to library' };", true],
    ['translated text', "<p>{t('noSearchMatch')}</p>", false],
    ['a translated choice', "<b>{t(busy ? 'exporting' : copy ? 'exportCopy' : 'exportDownload')}</b>", false],
    ['translated attribute and fallback', "<ul aria-label={t('quotesByKind')}>{who ?? t('unattributed')}</ul>", false],
    ['class lists and test hooks', "<q class={open ? 'quote-text' : 'quote-text clamp'} data-testid=\"quote-text\" role=\"status\" />", false],
    ['symbols and punctuation', "<span aria-hidden=\"true\">{open ? '▾' : '▸'} · ×, </span>", false],
    ['a key compared', "if (e.key === 'Escape') close();", false],
    ['a map of message keys', "const T: Record<K, MessageKey> = { error: 'emptyTitleError' };", false],
  ])('%s', (_name, source, flagged) => {
    expect(literalUiText('planted.tsx', `const x = () => (${source.startsWith('<') ? source : '0'});\n${source.startsWith('<') ? '' : source}`).length > 0).toBe(flagged);
  });

  test('no component file contains one', () => {
    const found = filesUnder(path.resolve('components'), /\.tsx$/)
      // Verdict and flag chips keep their English labels until the verdict model turns them into messages.
      .filter((f) => !f.endsWith(path.join('popup', 'VerdictChip.tsx')))
      .flatMap((f) => literalUiText(path.relative('.', f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
