// The SDK core runs in browsers, Deno and workers: no Node built-ins, no environment variables, no globals
// other than web-standard ones. (The tsconfig with `types: []` enforces the types; this enforces the source.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = [new URL('.', import.meta.url).pathname, new URL('../internal', import.meta.url).pathname];
const sources = roots.flatMap((root) =>
  readdirSync(root)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-d.ts'))
    .map((f) => [join(root, f), readFileSync(join(root, f), 'utf8')] as const),
);

describe('platform neutrality', () => {
  it('finds the sources it checks', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it.each(sources)('%s uses no Node built-ins and reads no environment', (_file, text) => {
    expect(text).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b|import\.meta\.env|Deno\.env/);
  });
});
