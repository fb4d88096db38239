#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find: spec lint, generated-contract drift, the
// release gate, types, lint, the build of the published packages and their packaging checks (publint, attw,
// tarball import smoke test, bundle isolation), then every test (the reference-site browser test among them).
// Ends with the test runner's summary and one plain closing line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Redocly would otherwise try to report usage and look for updates over the network.
process.env.REDOCLY_TELEMETRY = 'off';
process.env.REDOCLY_SUPPRESS_UPDATE_NOTICE = 'true';
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['spec lint', 'pnpm', ['run', '--silent', 'specs:lint']],
  ['generated contracts are up to date', 'pnpm', ['run', '--silent', 'generate', '--check']],
  // The contracts were checked just above; the gate's own copy of that check is skipped here.
  ['release gate: every spec change since the last release has a changeset of the bump it needs', 'pnpm', ['run', '--silent', 'release:check', '--no-contracts']],
  ['typecheck', 'pnpm', ['run', '--silent', 'typecheck']],
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['build the published packages', process.execPath, [join(root, 'scripts/build.mjs')]],
  ['packaging: publint, attw, tarball import smoke test, bundle isolation', process.execPath, [join(root, 'scripts/packaging/check.mjs')]],
];

for (const [title, command, args] of steps) {
  console.log(`\n── ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed; fix it before the tests run.`);
    process.exit(result.status ?? 1);
  }
}

console.log('\n── tests');
const report = join(root, '.cache', 'vitest-report.json');
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const tests = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit' },
);
let summary = 'tests: no report was written';
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
} catch {
  // The runner's own output above says why.
}
console.log(`\n${summary}`);
process.exit(tests.status ?? 1);
