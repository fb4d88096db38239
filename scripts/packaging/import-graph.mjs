// The static import graph of built ES modules: which files a subpath import loads, and which bare
// specifiers (other packages, node: builtins) they reach. Used by the bundle-isolation check.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /(?:^|[;\s])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Follows relative imports from `entry`. Returns the files reached and the bare specifiers they import.
 * @param {string} entry absolute path of a .js file
 * @returns {{ files: Set<string>, bare: Set<string> }}
 */
export function importGraph(entry) {
  const files = new Set();
  const bare = new Set();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier === undefined) continue;
      if (!specifier.startsWith('.')) {
        bare.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (!existsSync(target)) throw new Error(`${file} imports ${specifier}, which is not in the package`);
      queue.push(target);
    }
  }
  return { files, bare };
}
