import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFiles } from './generate.js';

/** What differs between a generated output folder and a fresh generation. */
export interface Drift {
  readonly changed: string[];
  readonly missing: string[];
  readonly extra: string[];
}

/** Compares a fresh generation with the files on disk. */
export function compareOutput(outDirAbs: string, files: GeneratedFiles): Drift {
  const drift: Drift = { changed: [], missing: [], extra: [] };
  for (const [name, content] of files) {
    const path = join(outDirAbs, name);
    if (!existsSync(path)) drift.missing.push(name);
    else if (readFileSync(path, 'utf8') !== content) drift.changed.push(name);
  }
  if (existsSync(outDirAbs)) {
    for (const name of readdirSync(outDirAbs)) if (!files.has(name)) drift.extra.push(name);
  }
  return drift;
}

/** Writes a fresh generation, removing files the generator no longer produces. */
export function writeOutput(outDirAbs: string, files: GeneratedFiles): void {
  mkdirSync(outDirAbs, { recursive: true });
  for (const name of readdirSync(outDirAbs)) if (!files.has(name)) rmSync(join(outDirAbs, name), { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDirAbs, name), content);
}
