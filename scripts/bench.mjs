#!/usr/bin/env node
// `pnpm bench [name…] [--option …]`: runs the benchmarks one after another (never in parallel: they measure this
// machine). Arguments from the first `--option` on are passed to every selected benchmark (e.g.
// `pnpm bench runtime --in-memory`).
// Each prints its own baseline measured in the same run and the ratio to it; none asserts a time.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = {
  runtime: 'packages/sdk/bench/runtime.bench.ts',
  auth: 'packages/sdk/bench/auth.bench.ts',
  mock: 'packages/mock-server/bench/mock.bench.ts',
  reconciliation: 'packages/mock-server/bench/reconciliation.bench.ts',
};
const args = process.argv.slice(2).filter((a) => a !== '--');
const firstOption = args.findIndex((a) => a.startsWith('--'));
const wanted = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const selected = wanted.length > 0 ? wanted : Object.keys(benches);
let failed = 0;
for (const name of selected) {
  const file = benches[name];
  if (!file) {
    console.error(`unknown benchmark "${name}"; choose from: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n══ ${name} (${file})`);
  // The runtime and mock benchmarks measure the packages as users run them: built (ky and Prism are compiled too).
  const packages = { runtime: ['sdk'], mock: ['sdk', 'mock-server'] }[name];
  if (packages !== undefined) {
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), ...packages], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      console.error(`building ${packages.join(', ')} failed; see above`);
      failed += 1;
      continue;
    }
  }
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--conditions=@zhongyuan/source', file, ...options], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
