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
);
