#!/usr/bin/env node
// `pnpm packaging:check`: the publishable packages as a city would get them. Needs `pnpm build` first.
//
// 1. `pnpm pack` each package into a temporary folder;
// 2. publint (strict; any message fails) and @arethetypeswrong/cli (esm-only profile) on each tarball;
// 3. installs the three tarballs into a fresh project (offline from the local pnpm store when it can) and
//    `import()`s every export of each, checking what they export;
// 4. bundle isolation: an exchange's SDK subpath loads none of another exchange's files, the SDK root loads
//    no exchange, and the mock's runtime-neutral entry imports no Node built-in.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolationProblems } from './isolation.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packages = [
  { dir: 'specs', name: '@zhongyuan/specs' },
  { dir: 'packages/sdk', name: '@zhongyuan/sdk' },
  { dir: 'packages/mock-server', name: '@zhongyuan/mock-server' },
];
const failures = [];
const started = Date.now();

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
}

function runAsync(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', (e) => done({ status: 1, out: String(e) }));
    child.on('exit', (status) => done({ status, out }));
  });
}

function step(title, fn) {
  const t = Date.now();
  try {
    fn();
    console.log(`✓ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures.push(title);
    console.error(`✗ ${title}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

for (const { dir } of packages) {
  if (!existsSync(join(root, dir, 'dist'))) {
    console.error(`${dir}/dist is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'zy-packaging-'));
const tarballs = new Map();

step('pnpm pack', () => {
  for (const { dir, name } of packages) {
    const r = run('pnpm', ['pack', '--pack-destination', work], { cwd: join(root, dir) });
    const file = readdirSync(work).find((f) => f.startsWith(name.replace('@', '').replace('/', '-')) && f.endsWith('.tgz'));
    if (r.status !== 0 || file === undefined) throw new Error(`${name}: pnpm pack failed\n${r.stderr}`);
    tarballs.set(name, join(work, file));
  }
});

// publint and attw on every tarball at once (they are independent; attw is the slow one).
const linted = await Promise.all(
  [...tarballs].flatMap(([name, tarball]) => [
    runAsync(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion']).then((r) => ({ tool: 'publint', name, ...r })),
    runAsync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--quiet']).then((r) => ({ tool: 'attw', name, ...r })),
  ]),
);
for (const [tool, title] of [['publint', 'publint (strict, every message counts)'], ['attw', '@arethetypeswrong/cli (esm-only profile)']]) {
  step(title, () => {
    const bad = linted.filter((r) => r.tool === tool && (r.status !== 0 || (tool === 'publint' && !r.out.includes('All good!'))));
    if (bad.length > 0) throw new Error(bad.map((r) => `${r.name}:\n${r.out}`).join('\n'));
  });
}

const project = join(work, 'project');

step('tarballs install into a fresh project', () => {
  mkdirSync(project);
  const file = (name) => `file:${tarballs.get(name)}`;
  const typesNode = JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8')).version;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'zhongyuan-packaging-smoke',
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(packages.map(({ name }) => [name, file(name)])),
        // The packed mock depends on `@zhongyuan/sdk@^x`: take the tarball, not the registry. @types/node is pinned
        // to the workspace's so that the install resolves from the local store without the network.
        pnpm: { overrides: { '@zhongyuan/sdk': file('@zhongyuan/sdk'), '@types/node': typesNode } },
      },
      null,
      2,
    ),
  );
  const args = ['install', '--ignore-workspace', '--config.confirmModulesPurge=false', '--reporter=silent'];
  let r = run('pnpm', [...args, '--offline'], { cwd: project });
  if (r.status !== 0) r = run('pnpm', [...args, '--prefer-offline'], { cwd: project });
  if (r.status !== 0) throw new Error(`${r.stdout}${r.stderr}`);
});

step('import() of every export of each installed tarball', () => {
  writeFileSync(join(project, 'smoke.mjs'), smokeSource());
  const r = run(process.execPath, ['smoke.mjs'], { cwd: project });
  process.stdout.write(r.stdout);
  if (r.status !== 0) throw new Error(r.stderr);
  const cli = run(process.execPath, [join(project, 'node_modules/@zhongyuan/mock-server/bin/zhongyuan-mock.js'), '--help'], { cwd: project });
  if (cli.status !== 0 || !cli.stdout.includes('/__mock/versions')) throw new Error(`zhongyuan-mock --help failed:\n${cli.stdout}${cli.stderr}`);
});

step('bundle isolation (import graph of the installed dist)', () => {
  const { problems, summary } = isolationProblems(
    join(project, 'node_modules/@zhongyuan/sdk/dist'),
    join(project, 'node_modules/@zhongyuan/mock-server/dist/index.js'),
  );
  for (const line of summary) console.log(`  ${line}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

rmSync(work, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\npackaging: ${failures.length} check(s) failed: ${failures.join('; ')} (${seconds} s)`);
  process.exit(1);
}
console.log(`packaging: all checks passed (${seconds} s)`);

// Runs inside the temporary project: imports every export (wildcards excepted) of each package.
function smokeSource() {
  return `
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const manifest = (name) => JSON.parse(readFileSync(new URL('./node_modules/' + name + '/package.json', import.meta.url), 'utf8'));
const subpaths = (name) => Object.keys(manifest(name).exports).filter((k) => !k.includes('*') && k !== './package.json');
const loaded = {};
for (const name of ['@zhongyuan/specs', '@zhongyuan/sdk', '@zhongyuan/mock-server']) {
  for (const subpath of subpaths(name)) {
    const id = subpath === '.' ? name : name + subpath.slice(1);
    const mod = await import(id);
    assert.ok(Object.keys(mod).length > 0, id + ' exports nothing');
    loaded[id] = mod;
  }
}
const specs = loaded['@zhongyuan/specs'];
for (const [name, entry] of Object.entries(specs.exchanges)) {
  const { default: doc } = await import('@zhongyuan/specs/' + name + '.json', { with: { type: 'json' } });
  assert.equal(doc.info.version, entry.specVersion, name + ': info.version');
  assert.equal(manifest('@zhongyuan/specs').exchanges[name], entry.specVersion, name + ': version in package.json');
  const factory = 'create' + name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()) + 'Client';
  const sdk = loaded['@zhongyuan/sdk/' + name];
  assert.equal(typeof sdk?.[factory], 'function', factory);
  assert.equal(sdk.exchange.specVersion, entry.specVersion, name + ': the SDK was generated from this spec version');
  console.log('  ' + name + '@' + entry.specVersion + ': spec, SDK subpath and version agree');
}
assert.equal(typeof loaded['@zhongyuan/sdk'].createClient, 'function');
assert.equal(typeof loaded['@zhongyuan/mock-server'].createMock, 'function');
assert.equal(typeof loaded['@zhongyuan/mock-server/node'].createMockServer, 'function');
console.log('  imported ' + Object.keys(loaded).join(', '));
`;
}
