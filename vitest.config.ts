import { defineConfig } from 'vitest/config';

// Tests import package names (`@zhongyuan/sdk/validators`); the `@zhongyuan/source` export condition
// resolves them to TypeScript source, so nothing needs building before a test run.
const conditions = ['@zhongyuan/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@zhongyuan/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts', 'tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.typetests.json',
    },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
