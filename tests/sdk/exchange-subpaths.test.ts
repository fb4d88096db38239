import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const exchanges = readdirSync(join(root, 'specs'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'specs', d.name, 'openapi.yaml')))
  .map((d) => d.name);

describe('every exchange spec is published as an SDK subpath', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/sdk/package.json'), 'utf8')) as {
    exports: Record<string, Record<string, string>>;
  };

  it.each(exchanges)('%s has an export whose source is its index', (exchange) => {
    expect(manifest.exports[`./${exchange}`]?.['@zhongyuan/source']).toBe(`./src/exchanges/${exchange}/index.ts`);
  });

  it.each(exchanges)('%s: the subpath gives a client with one method per operation of its table', async (exchange) => {
    const mod = (await import(`@zhongyuan/sdk/${exchange}`)) as Record<string, unknown>;
    const factoryName = `create${exchange.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Client`;
    const factory = mod[factoryName] as (options: { baseUrl: string }) => Record<string, unknown>;
    const operations = mod['operations'] as Record<string, unknown>;
    const client = factory({ baseUrl: 'https://exchange.test' });
    for (const operationId of Object.keys(operations)) expect(typeof client[operationId], operationId).toBe('function');
    expect(Object.keys(operations).length).toBeGreaterThan(5);
  });
});
