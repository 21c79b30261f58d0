// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

const browserCode = [
  'src/**/*.ts',
  'stories/**/*.{ts,js}',
  'test/**/*.ts',
  'demo/**/*.{ts,js,mjs}',
];
const nodeCode = ['scripts/**/*.{js,mjs}', '*.config.{js,mjs,ts}', 'test/support/**/*.{js,mjs}'];
// The command-line feed tools run in Node, not in a page.
const nodeTs = ['src/cli/**/*.ts', 'vite.config.ts'];

// Feed text must never reach the DOM as markup (feed-v1.md: "No field is ever rendered as
// HTML"), so the escape hatches are banned outright in shipped code.
const noHtmlInjection = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'lit/directives/unsafe-html.js',
          message: 'Feed text is never HTML: render it as text.',
        },
        {
          name: 'lit/directives/unsafe-svg.js',
          message: 'Feed text is never markup: render it as text.',
        },
        {
          name: 'lit-html/directives/unsafe-html.js',
          message: 'Feed text is never HTML: render it as text.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Use Lit templates or textContent.' },
    { property: 'outerHTML', message: 'Use Lit templates or textContent.' },
    { property: 'insertAdjacentHTML', message: 'Use Lit templates or DOM APIs.' },
    { object: 'document', property: 'write', message: 'Never write markup into the page.' },
    { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
    {
      property: 'createContextualFragment',
      message: 'Use Lit templates; feed text is never HTML.',
    },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'src/generated/**',
      'coverage/**',
      'screenshots/**',
      'bench-results/**',
      '.tmp/**',
      'custom-elements.json',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding that is unused on purpose (`{ skip: _skip, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  {
    files: browserCode,
    languageOptions: { globals: { ...globals.browser } },
    ...lit.configs['flat/recommended'],
  },
  { files: browserCode, ...wc.configs['flat/best-practice'] },
  { files: browserCode, ...litA11y.configs.recommended },
  {
    files: browserCode,
    languageOptions: { globals: { ...globals.browser } },
    // Classes are also recognised as elements by `@customElement` (decorator or JSDoc tag).
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always implements the lifecycle callbacks, so guarding `super.x()` is noise.
      'wc/guard-super-call': 'off',
      // Lit components declare their tags in HTMLElementTagNameMap via `declare global`.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
    },
  },

  {
    files: ['src/**/*.ts'],
    rules: noHtmlInjection,
  },
  {
    // The CDN build renames `_private` members (scripts/mangle-privates.mjs): written as a
    // string ('_name', a quoted key, a computed access) one would no longer match its uses.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^_[a-z]\\w*$/]',
          message: 'A private member (_name) is renamed in the CDN build: use it as a property.',
        },
        {
          selector: 'TemplateLiteral[quasis.length=1] > TemplateElement[value.raw=/^_[a-z]\\w*$/]',
          message: 'A private member (_name) is renamed in the CDN build: use it as a property.',
        },
      ],
    },
  },

  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai property assertions: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  {
    files: [...nodeCode, ...nodeTs],
    languageOptions: { globals: { ...globals.node } },
  },

  // The consumer tests' runner runs in Node and hands functions to the page (page.evaluate).
  {
    files: ['test/consumers/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
