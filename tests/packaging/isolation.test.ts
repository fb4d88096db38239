// The bundle-isolation check (scripts/packaging) against small built trees, one rule broken at a time: it must
// name each leak, and pass a tree that keeps to the rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importGraph } from '../../scripts/packaging/import-graph.mjs';
import { isolationProblems } from '../../scripts/packaging/isolation.mjs';

type Tree = Record<string, string>;
const check = isolationProblems;
const graph = importGraph;

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function write(tree: Tree): string {
  root = mkdtempSync(join(tmpdir(), 'zy-isolation-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An SDK and a mock that keep to the rules: each exchange reaches only the core. */
const clean: Tree = {
  'sdk/index.js': "export { createClient } from './core/client.js';\n",
  'sdk/core/client.js': "import { z } from 'zod';\nexport const createClient = () => z;\n",
  'sdk/exchanges/alpha/index.js': "import { createClient } from '../../core/client.js';\nexport const a = createClient;\n",
  'sdk/exchanges/beta/index.js': "export * from './client.js';\n",
  'sdk/exchanges/beta/client.js': "import('../../core/client.js');\nexport const b = 1;\n",
  'mock/index.js': "import { http } from 'msw';\nexport { http };\n",
};

function problemsOf(tree: Tree): string[] {
  const dir = write(tree);
  return check(join(dir, 'sdk'), join(dir, 'mock/index.js')).problems;
}

describe('bundle isolation', () => {
  it('passes a tree that keeps to the rules', () => {
    const dir = write(clean);
    const { problems, summary } = check(join(dir, 'sdk'), join(dir, 'mock/index.js'));
    expect(problems).toEqual([]);
    expect(summary).toEqual([
      '@zhongyuan/sdk/alpha: 2 files, none of beta',
      '@zhongyuan/sdk/beta: 3 files, none of alpha',
    ]);
  });

  it("names an exchange that loads another exchange's files, also through a dynamic import", () => {
    expect(problemsOf({ ...clean, 'sdk/exchanges/alpha/index.js': "export { b } from '../beta/client.js';\n" })).toEqual([
      '@zhongyuan/sdk/alpha loads beta: exchanges/beta/client.js',
    ]);
    expect(problemsOf({ ...clean, 'sdk/exchanges/beta/client.js': "await import('../alpha/index.js');\nexport const b = 1;\n" })).toEqual([
      '@zhongyuan/sdk/beta loads alpha: exchanges/alpha/index.js',
    ]);
  });

  it('names an SDK root that loads an exchange', () => {
    expect(problemsOf({ ...clean, 'sdk/index.js': "export * from './exchanges/alpha/index.js';\n" })).toEqual([
      '@zhongyuan/sdk loads exchange files: exchanges/alpha/index.js',
    ]);
  });

  it('names a Node built-in reached by the runtime-neutral mock, however deep', () => {
    const tree = { ...clean, 'mock/index.js': "export * from './store.js';\n", 'mock/store.js': "import { readFileSync } from 'node:fs';\nexport const s = readFileSync;\n" };
    expect(problemsOf(tree)).toEqual(['@zhongyuan/mock-server (runtime-neutral) imports node:fs']);
  });

  it('ignores imports written in comments, and refuses an import of a file missing from the package', () => {
    const commented = { ...clean, 'mock/index.js': "// import 'node:fs';\n/* import x from 'node:os' */\nexport const m = 1;\n" };
    expect(problemsOf(commented)).toEqual([]);
    const dir = write({ 'a.js': "import './missing.js';\n" });
    expect(() => graph(join(dir, 'a.js'))).toThrow(/imports \.\/missing\.js, which is not in the package/);
  });
});
