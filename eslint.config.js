// @ts-check
import tseslint from 'typescript-eslint';

// Page text is data everywhere: no API that parses a string as HTML may be used (issue 6).
const noHtmlSinks = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Page text is data: build nodes or use textContent.' },
    { property: 'outerHTML', message: 'Page text is data: build nodes or use textContent.' },
    { property: 'insertAdjacentHTML', message: 'Page text is data: build nodes or use textContent.' },
    { property: 'createContextualFragment', message: 'Page text is data: build nodes or use textContent.' },
    { property: 'setHTMLUnsafe', message: 'Page text is data: build nodes or use textContent.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data: render it as text.' },
    { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  ],
  'no-eval': 'error',
  'no-new-func': 'error',
};

/**
 * The architecture's import rules (README "Architecture"). Each layer lists what it may never import;
 * test/unit/project/boundaries.test.ts checks the tree against these same rules without ESLint, and
 * that ESLint reports a planted breach of each, so neither can rot alone.
 */
const BROWSER = { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'No browser API here: the background and entrypoints call browser.*; pass what you need in.' };
const IDB = { group: ['idb', '@/utils/storage/storage'], message: 'IndexedDB belongs to utils/storage/storage.ts alone.' };
const PROTOCOL = { group: ['@/utils/protocol/*'], message: 'The engine knows nothing of messages: the background translates.' };
const PROTOCOL_VALUES = { ...PROTOCOL, allowTypeImports: true, message: 'Components and UI state take the protocol\'s types, never its senders.' };
const UI = { group: ['@/components/*', 'preact', 'preact/*'], message: 'The engine renders nothing.' };
const WIRING = { group: ['@/entrypoints/*', '**/entrypoints/**'], message: 'Entrypoints wire; nothing imports them.' };
const TOOLS = { group: ['@/bin/*', '**/bin/**', '@/test/*', '**/test/**'], message: 'Product code never imports the command line tools or tests.' };
const TESTS = { group: ['@/test/*', '**/test/**'], message: 'Only tests import from test/.' };
export const ENGINE_FOLDERS = ['text', 'article', 'quotes', 'matching', 'index', 'report', 'families', 'evidence', 'page', 'language', 'library'];
export const BOUNDARIES = [
  { layer: 'engine', files: [`utils/{${ENGINE_FOLDERS.join(',')}}/**`, 'utils/types.ts'], forbid: [BROWSER, IDB, PROTOCOL, UI, WIRING, TOOLS] },
  { layer: 'storage', files: ['utils/storage/**'], forbid: [BROWSER, PROTOCOL, UI, WIRING, TOOLS] },
  { layer: 'protocol', files: ['utils/protocol/**'], forbid: [IDB, UI, WIRING, TOOLS] },
  // translate.ts is pure; browser-translator.ts reads the browser's catalog for the pages and the background.
  { layer: 'i18n', files: ['utils/i18n/**'], forbid: [IDB, PROTOCOL, UI, WIRING, TOOLS] },
  { layer: 'ui-state', files: ['utils/ui/**'], forbid: [BROWSER, IDB, PROTOCOL_VALUES, UI, WIRING, TOOLS] },
  { layer: 'components', files: ['components/**'], forbid: [BROWSER, IDB, PROTOCOL_VALUES, WIRING, TOOLS] },
  { layer: 'entrypoints', files: ['entrypoints/**'], forbid: [TOOLS] },
  // Tools drive real browsers, so they may name the extension API's types for code run in a page.
  { layer: 'tools', files: ['bin/**'], forbid: [{ ...BROWSER, allowTypeImports: true }, WIRING, TESTS] },
];
const boundaryRules = BOUNDARIES.map(({ files, forbid }) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: forbid }] },
}));

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'coverage/', '.tmp/', 'docs/', 'dist/', 'dist.tmp-*/', 'dist-test-*/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...noHtmlSinks,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The CLI, benchmarks and tests talk to a terminal, and tests may inspect markup they built.
    files: ['bin/**', 'test/**'],
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off' },
  },
  ...boundaryRules,
);
