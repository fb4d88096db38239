#!/usr/bin/env node
// `pnpm build`: the publishable packages' dist/ folders, in dependency order.
//
// - @zhongyuan/specs: specs/dist/<exchange>.json (bundled and dereferenced, `info.version` kept) and an index
//   module naming every exchange, its title and its spec version.
// - @zhongyuan/sdk, @zhongyuan/mock-server: `tsc -p tsconfig.build.json` (ES modules + .d.ts, one file per
//   source file, so a subpath import loads only what it needs). The mock is compiled against the SDK's dist.
//
// `node scripts/build.mjs sdk mock-server` builds only those.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function buildSpecs() {
  const dist = join(root, 'specs/dist');
  rmSync(dist, { recursive: true, force: true });
  run(bin('tsx'), ['packages/codegen/src/cli.ts', 'bundle']);
  const exchanges = readdirSync(dist)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      return { name: file.replace(/\.json$/, ''), title: doc.info.title, specVersion: doc.info.version, file: `./${file}` };
    });
  const table = Object.fromEntries(exchanges.map((x) => [x.name, x]));
  writeFileSync(
    join(dist, 'index.js'),
    `// Built by \`pnpm build\` from the specs. Load a document with\n` +
      `// \`import doc from '@zhongyuan/specs/<name>.json' with { type: 'json' }\`.\n` +
      `/** Every exchange in this release: its name, title, spec version (info.version) and JSON file. */\n` +
      `export const exchanges = Object.freeze(${JSON.stringify(table, null, 2)});\n`,
  );
  const names = exchanges.map((x) => JSON.stringify(x.name)).join(' | ') || 'never';
  writeFileSync(
    join(dist, 'index.d.ts'),
    `/** One exchange of this release. */\n` +
      `export interface SpecEntry {\n` +
      `  /** Folder name, e.g. \`medical-settlement\`. */\n  readonly name: string;\n` +
      `  /** \`info.title\` of the spec. */\n  readonly title: string;\n` +
      `  /** \`info.version\` of the spec. */\n  readonly specVersion: string;\n` +
      `  /** The bundled, dereferenced document, relative to this module (\`@zhongyuan/specs/<name>.json\`). */\n  readonly file: string;\n}\n` +
      `/** The name of an exchange in this release. */\nexport type ExchangeName = ${names};\n` +
      `/** Every exchange in this release. */\nexport declare const exchanges: Readonly<Record<ExchangeName, SpecEntry>>;\n`,
  );
  console.log(`specs/dist: ${exchanges.map((x) => `${x.name}@${x.specVersion}`).join(', ')}`);
}

function buildPackage(dir) {
  rmSync(join(root, dir, 'dist'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', 'tsconfig.build.json'], join(root, dir));
  console.log(`${dir}/dist: built`);
}

const all = { specs: buildSpecs, sdk: () => buildPackage('packages/sdk'), 'mock-server': () => buildPackage('packages/mock-server') };
const wanted = process.argv.slice(2);
for (const [name, build] of Object.entries(all)) if (wanted.length === 0 || wanted.includes(name)) build();
