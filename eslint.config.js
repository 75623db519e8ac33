import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layer arrows of docs/ARCHITECTURE.md, enforced: core imports nothing of
// the project; storage and editor import only core; ui imports all three.
const outside = (what) => ({
  group: what.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]),
  message: 'This import crosses a layer boundary (see docs/ARCHITECTURE.md).',
});
const frameworks = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', '@tiptap/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render strings as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render strings as HTML.' },
      ],
    },
  },
  {
    // Tests may assert presence with `!`: a wrong guess fails the test, which is the point.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: frameworks.filter((f) => !f.includes('*')),
        patterns: [outside(['storage', 'editor', 'ui']), { group: frameworks.filter((f) => f.includes('*')) }],
      }],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'dexie-react-hooks'],
        patterns: [outside(['editor', 'ui']), { group: ['@tiptap/*'] }],
      }],
    },
  },
  {
    files: ['src/editor/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['dexie', 'dexie-react-hooks'],
        patterns: [outside(['storage', 'ui'])],
      }],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie; use a hook over a repository function.' }],
        patterns: [{ group: ['@tiptap/*'], message: 'Only src/editor imports TipTap.' }],
      }],
    },
  },
);
