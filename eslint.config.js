// typescript-eslint's recommended rules over the sources, tests and scripts; Prettier owns the
// layout (npm run format:check), so no formatting rules here.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters in regular expressions are the point where user text is cleaned for a
      // terminal or Markdown (report/text.ts, report/markdown.ts): they are written on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['__tests__/**', '__fixtures__/**'],
    rules: {
      // Test doubles of GitHub's payloads are loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
)
