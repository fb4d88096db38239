import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundleSpec } from './bundle.js';
import { emitClient } from './emit-client.js';
import { emitOperationTable, emitProblemRegistry, emitTypeAssertions, requiredZodExports } from './emit-table.js';
import { buildModel } from './model.js';
import { SpecError } from './spec-error.js';

/** One spec and where its contract files go. */
export interface GenerationTarget {
  /** Exchange name (the spec's folder name). */
  readonly exchange: string;
  /** Spec entry file, relative to the repository root. */
  readonly spec: string;
  /** Output folder, relative to the repository root. */
  readonly outDir: string;
  /** Module specifier of the SDK runtime (`@zhongyuan/sdk`, or a relative path inside the SDK package). */
  readonly sdkImport: string;
  /** Module specifier of the SDK's identifier validators. */
  readonly validatorsImport: string;
}

/** File name → content of everything generated for one target. */
export type GeneratedFiles = Map<string, string>;

const header = (target: GenerationTarget, version: string) =>
  `// Generated from ${target.spec} (version ${version}) by \`pnpm generate\`.\n` +
  `// Do not edit: change the spec and run \`pnpm generate\` again.\n`;

/** Produces the contract files of one spec, in memory. */
export async function generateTarget(target: GenerationTarget, repoRoot: string): Promise<GeneratedFiles> {
  const bundled = bundleSpec(resolve(repoRoot, target.spec), repoRoot);
  const model = buildModel(bundled.document, bundled.file, target.exchange);
  const head = header(target, model.version);

  const ast = await openapiTS(structuredClone(bundled.document) as never, {
    silent: true,
    exportType: false,
    alphabetize: false,
    // A property with a `default` is still optional on the wire; zod agrees.
    defaultNonNullable: false,
  });
  const types = astToString(ast).replace(/^\/\*\*[\s\S]*?\*\/\n+/, '');

  const zod = await emitZod(bundled.document, bundled.file);
  const zodExports = new Set([...zod.matchAll(/^export const (\w+)\b/gm)].map((m) => m[1] as string));
  for (const name of requiredZodExports(model)) {
    if (!zodExports.has(name)) {
      throw new SpecError(bundled.file, '', `the zod generator emitted no schema named ${name}; check the operation and schema names`);
    }
  }

  const files: GeneratedFiles = new Map();
  files.set('types.gen.ts', `${head}\n${types}`);
  files.set('zod.gen.ts', `${head}\n${zod}`);
  files.set('operations.gen.ts', `${head}\n${emitOperationTable(model, target.sdkImport)}`);
  files.set('problems.gen.ts', `${head}\n${emitProblemRegistry(model, target.sdkImport)}`);
  files.set('client.gen.ts', `${head}\n${emitClient(model, target.sdkImport, target.validatorsImport)}`);
  files.set('type-assertions.gen.ts', `${head}\n${emitTypeAssertions(model, zodExports, target.sdkImport)}`);
  files.set(
    'README.md',
    `Generated from \`${target.spec}\` by \`pnpm generate\` — do not edit; CI fails when these files differ from a fresh run.\n`,
  );
  return files;
}

async function emitZod(document: object, file: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zy-zod-'));
  try {
    await createClient({
      input: structuredClone(document) as never,
      output: { path: dir },
      // RFC 3339 date-times carry `Z` or an offset such as Beijing time's `+08:00`; both are valid.
      plugins: [{ name: 'zod', metadata: false, dates: { offset: true, local: false } }],
      logs: { level: 'silent' },
    } as never);
    return readFileSync(join(dir, 'zod.gen.ts'), 'utf8').replace(/^\/\/ This file is auto-generated.*\n+/, '');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError(file, '', `zod schemas could not be generated: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Repository-relative path with forward slashes. */
export function repoPath(repoRoot: string, absolute: string): string {
  return relative(repoRoot, absolute).split('\\').join('/');
}
