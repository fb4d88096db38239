import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GenerationTarget } from './generate.js';

/**
 * Every exchange spec (`specs/<exchange>/openapi.yaml`) generates into the SDK's
 * `src/exchanges/<exchange>/generated/`; the fixture exchange used by the runtime and mock tests generates
 * beside its spec.
 */
export function discoverTargets(repoRoot: string): GenerationTarget[] {
  const targets: GenerationTarget[] = [];
  const specs = join(repoRoot, 'specs');
  for (const entry of readdirSync(specs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory() || entry.name === 'common' || entry.name === 'lint' || entry.name === 'dist' || entry.name === 'releases') continue;
    if (!existsSync(join(specs, entry.name, 'openapi.yaml'))) continue;
    targets.push({
      exchange: entry.name,
      spec: `specs/${entry.name}/openapi.yaml`,
      outDir: `packages/sdk/src/exchanges/${entry.name}/generated`,
      sdkImport: '../../../index.js',
      validatorsImport: '../../../validators/index.js',
    });
  }
  if (existsSync(join(repoRoot, 'tests/fixtures/exchange/openapi.yaml'))) {
    targets.push({
      exchange: 'fixture',
      spec: 'tests/fixtures/exchange/openapi.yaml',
      outDir: 'tests/fixtures/exchange/generated',
      sdkImport: '@zhongyuan/sdk',
      validatorsImport: '@zhongyuan/sdk/validators',
    });
  }
  return targets;
}
