#!/usr/bin/env node
/**
 * `pnpm generate [--check]` and `pnpm specs:bundle`.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleSpec } from './bundle.js';
import { dereference } from './dereference.js';
import { generateTarget } from './generate.js';
import { SpecError } from './spec-error.js';
import { discoverTargets } from './targets.js';
import { compareOutput, writeOutput } from './write-or-check.js';

const repoRoot = resolve(process.env['ZY_REPO_ROOT'] ?? process.cwd());

async function generate(check: boolean): Promise<number> {
  let stale = 0;
  for (const target of discoverTargets(repoRoot)) {
    const files = await generateTarget(target, repoRoot);
    const outDir = join(repoRoot, target.outDir);
    if (check) {
      const drift = compareOutput(outDir, files);
      const problems = [
        ...drift.changed.map((f) => `changed: ${f}`),
        ...drift.missing.map((f) => `missing: ${f}`),
        ...drift.extra.map((f) => `not generated any more: ${f}`),
      ];
      if (problems.length > 0) {
        stale += 1;
        console.error(`${target.outDir} is stale (from ${target.spec}):\n  ${problems.join('\n  ')}`);
      } else {
        console.log(`${target.outDir}: up to date`);
      }
    } else {
      writeOutput(outDir, files);
      console.log(`${target.outDir}: ${files.size} files from ${target.spec}`);
    }
  }
  if (stale > 0) console.error('Run `pnpm generate` and commit the result.');
  return stale > 0 ? 1 : 0;
}

function bundle(): number {
  const outDir = join(repoRoot, 'specs/dist');
  mkdirSync(outDir, { recursive: true });
  for (const target of discoverTargets(repoRoot)) {
    if (!target.spec.startsWith('specs/')) continue;
    const bundled = bundleSpec(join(repoRoot, target.spec), repoRoot);
    const document = dereference(bundled.document, bundled.file);
    const out = join(outDir, `${target.exchange}.json`);
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`specs/dist/${target.exchange}.json from ${target.spec}`);
  }
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'generate') return generate(rest.includes('--check'));
  if (command === 'bundle') return bundle();
  console.error('usage: zhongyuan-codegen generate [--check] | bundle');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  },
);
