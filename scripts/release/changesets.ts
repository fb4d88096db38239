/**
 * The pending changesets (`.changeset/*.md`): which packages each one releases, and with which bump.
 *
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isBump, strongerBump, type Bump } from './semver.js';

/** One changeset file. */
export interface Changeset {
  /** File name inside the changeset folder. */
  readonly file: string;
  /** Package name → bump, from the front matter. */
  readonly releases: ReadonlyMap<string, Bump>;
  /** The text after the front matter. */
  readonly summary: string;
}

/** Parses one changeset file's text. Throws with the file name when the front matter is not a changeset's. */
export function parseChangeset(file: string, text: string): Changeset {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  if (m === null) throw new Error(`${file}: no front matter (--- "package": bump ---)`);
  const front: unknown = parse(m[1] ?? '') ?? {};
  if (typeof front !== 'object' || front === null || Array.isArray(front)) throw new Error(`${file}: front matter is not a map`);
  const releases = new Map<string, Bump>();
  for (const [name, bump] of Object.entries(front)) {
    if (!isBump(bump) || bump === 'none') throw new Error(`${file}: "${name}" has bump ${String(bump)}; use patch, minor or major`);
    releases.set(name, bump);
  }
  return { file, releases, summary: (m[2] ?? '').trim() };
}

/** Every changeset in `dir` (README.md and config.json are not changesets). */
export function readChangesets(dir: string): Changeset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()
    .map((f) => parseChangeset(f, readFileSync(join(dir, f), 'utf8')));
}

/** The strongest pending bump of each package, and the changeset files that give it. */
export function pendingBumps(changesets: readonly Changeset[]): Map<string, { bump: Bump; files: string[] }> {
  const bumps = new Map<string, { bump: Bump; files: string[] }>();
  for (const changeset of changesets) {
    for (const [name, bump] of changeset.releases) {
      const now = bumps.get(name) ?? { bump: 'none' as Bump, files: [] };
      bumps.set(name, { bump: strongerBump(now.bump, bump), files: [...now.files, changeset.file] });
    }
  }
  return bumps;
}
