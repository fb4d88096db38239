// The bundle-isolation rules, over built dist folders: an exchange's SDK subpath loads none of another exchange's
// files, the SDK root loads no exchange, and the mock's runtime-neutral entry imports no Node built-in.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { importGraph } from './import-graph.mjs';

/**
 * Checks the isolation rules.
 * @param {string} sdkDist the SDK's dist folder (holding index.js and exchanges/<name>/index.js)
 * @param {string} mockEntry the mock's runtime-neutral entry (dist/index.js)
 * @returns {{ problems: string[], summary: string[] }} what breaks a rule (empty when none), and one line per exchange
 */
export function isolationProblems(sdkDist, mockEntry) {
  const exchanges = readdirSync(join(sdkDist, 'exchanges'));
  const problems = [];
  const summary = [];
  const within = (file, folder) => !relative(folder, file).startsWith('..');
  for (const exchange of exchanges) {
    const { files } = importGraph(join(sdkDist, 'exchanges', exchange, 'index.js'));
    const others = exchanges.filter((x) => x !== exchange);
    for (const other of others) {
      const leaked = [...files].filter((f) => within(f, join(sdkDist, 'exchanges', other)));
      if (leaked.length > 0) problems.push(`@zhongyuan/sdk/${exchange} loads ${other}: ${leaked.map((f) => relative(sdkDist, f)).join(', ')}`);
    }
    summary.push(`@zhongyuan/sdk/${exchange}: ${files.size} files, none of ${others.join(', ') || 'no other exchange'}`);
  }
  const core = importGraph(join(sdkDist, 'index.js'));
  const coreLeaks = [...core.files].filter((f) => f.includes(`${sep}exchanges${sep}`));
  if (coreLeaks.length > 0) problems.push(`@zhongyuan/sdk loads exchange files: ${coreLeaks.map((f) => relative(sdkDist, f)).join(', ')}`);
  const mock = importGraph(mockEntry);
  const builtins = [...mock.bare].filter((s) => s.startsWith('node:'));
  if (builtins.length > 0) problems.push(`@zhongyuan/mock-server (runtime-neutral) imports ${builtins.join(', ')}`);
  return { problems, summary };
}
