import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

// The layer arrows of docs/ARCHITECTURE.md, enforced: core imports nothing of
// the project; storage and editor import only core; ui imports all three;
// the sync server (server/) imports only core, and nothing imports it.
const outside = (what) => ({
  group: what.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]),
  message: 'This import crosses a layer boundary (see docs/ARCHITECTURE.md).',
});
// Relative imports that reach into server/ from src/ (a pattern like
// `**/server` would also catch packages such as react-dom/server).
const SERVER = {
  regex: '^(\\.\\./)+server(/|$)',
  message: 'The app never imports the sync server (see docs/ARCHITECTURE.md).',
};
// `no-restricted-imports` sees only static imports: a dynamic `import()` that
// crosses a layer is refused by the same arrows through this selector.
const dynamicImportOf = (
  layers,
  message = 'This dynamic import crosses a layer boundary (see docs/ARCHITECTURE.md).',
) => ({
  selector: `ImportExpression > Literal[value=/(^|\\/)(${layers.join('|')})(\\/|$)/]`,
  message,
});
const frameworks = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', '@tiptap/*'];

// No string ever reaches the DOM as HTML or runs as code (issue 9): the
// sinks are banned by name, so `grep` and the linter agree there are none.
const HTML_SINKS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render strings as HTML.' },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Never render strings as HTML.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
    message: 'Never render strings as HTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never write strings into the document.',
  },
];
const CODE_SINKS = [
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'Never run strings as code.',
  },
  {
    selector: "CallExpression[callee.name='eval'], CallExpression[callee.property.name='eval']",
    message: 'Never run strings as code.',
  },
  {
    selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
    message: 'Pass a function, not a string of code.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'test-results', 'playwright-report', 'bench/scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Layout is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...CODE_SINKS],
    },
  },
  {
    // Tests may assert presence with `!`: a wrong guess fails the test, which is the point.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests may hand the browser code as a string, to prove the CSP refuses it.
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...CODE_SINKS,
        dynamicImportOf(['storage', 'editor', 'ui', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', '@tiptap']),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: frameworks.filter((f) => !f.includes('*')),
          patterns: [
            outside(['storage', 'editor', 'ui']),
            { group: frameworks.filter((f) => f.includes('*')) },
            SERVER,
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...CODE_SINKS,
        dynamicImportOf(['editor', 'ui', 'react', 'react-dom', 'dexie-react-hooks', '@tiptap']),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie-react-hooks'],
          patterns: [outside(['editor', 'ui']), { group: ['@tiptap/*'] }, SERVER],
        },
      ],
    },
  },
  {
    files: ['src/editor/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...CODE_SINKS,
        dynamicImportOf(['storage', 'ui', 'dexie', 'dexie-react-hooks']),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks'],
          patterns: [outside(['storage', 'ui']), SERVER],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...CODE_SINKS,
        dynamicImportOf(
          ['dexie', '@tiptap'],
          'Only src/storage imports Dexie and only src/editor TipTap, dynamically too.',
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie; use a hook over a repository function.' }],
          patterns: [{ group: ['@tiptap/*'], message: 'Only src/editor imports TipTap.' }, SERVER],
        },
      ],
    },
  },
  {
    // The sync server shares src/core with the app and nothing else.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: frameworks.filter((f) => !f.includes('*')),
          patterns: [outside(['storage', 'editor', 'ui']), { group: frameworks.filter((f) => f.includes('*')) }],
        },
      ],
    },
  },
);
