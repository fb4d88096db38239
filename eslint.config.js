// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'crypto', 'child_process', 'stream', 'buffer', 'url', 'util', 'events'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '.cache/**', '**/*.gen.ts', 'specs/lint/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The SDK and the mock's core run in browsers and edge runtimes: no Node built-ins there.
    files: ['packages/sdk/src/**/*.ts', 'packages/mock-server/src/core/**/*.ts', 'packages/mock-server/src/exchanges/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-d.ts', 'packages/sdk/src/auth/node/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeBuiltins, message: 'Node built-ins are allowed only in node/ adapters, the CLI and tests.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
