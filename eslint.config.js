import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.scratch/**', '.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        // WXT auto-imports (see .wxt/eslint-auto-imports.mjs); declared here to keep lint independent of `wxt prepare`.
        defineBackground: 'readonly', defineContentScript: 'readonly', browser: 'readonly',
        createShadowRootUi: 'readonly', defineUnlistedScript: 'readonly',
        console: 'readonly', document: 'readonly', window: 'readonly', process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Page text is data, never markup (DESIGN.md rule 6).',
      }],
    },
  },
);
