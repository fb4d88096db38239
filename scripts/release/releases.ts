/**
 * Released specs kept in the repository: `specs/releases/<exchange>/<version>.json` is the bundled spec of each
 * release (what `@zhongyuan/specs` shipped as that version), so the gate works in a fresh clone without tags.
 *
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSpec, discoverTargets } from '../../packages/codegen/src/index.js';
import { compareVersions } from './semver.js';

/** Where the released snapshots live, relative to the repository root. */
export const RELEASES_DIR = 'specs/releases';

/** A released spec. */
export interface ReleasedSpec {
  readonly version: string;
  /** Relative to the repository root. */
  readonly file: string;
  readonly document: unknown;
}

/** The exchanges of the working tree (`specs/<exchange>/openapi.yaml`), sorted. */
export function workingExchanges(root: string): string[] {
  return discoverTargets(root)
    .filter((t) => t.spec.startsWith('specs/'))
    .map((t) => t.exchange);
}

/** The exchanges that have at least one release, sorted. */
export function releasedExchanges(root: string): string[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && releasedVersions(root, d.name).length > 0)
    .map((d) => d.name)
    .sort();
}

/** The released versions of `exchange`, lowest first. */
export function releasedVersions(root: string, exchange: string): string[] {
  const dir = join(root, RELEASES_DIR, exchange);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.\d+\.\d+.*\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort(compareVersions);
}

/** The last release of `exchange`, or `undefined` when it was never released. */
export function lastRelease(root: string, exchange: string): ReleasedSpec | undefined {
  const version = releasedVersions(root, exchange).at(-1);
  if (version === undefined) return undefined;
  const file = `${RELEASES_DIR}/${exchange}/${version}.json`;
  return { version, file, document: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown };
}

/** The working tree's bundled spec of `exchange` (internal `$ref`s kept, as in a snapshot). */
export function workingSpec(root: string, exchange: string): { version: string; document: Record<string, unknown> } {
  const { document } = bundleSpec(join(root, 'specs', exchange, 'openapi.yaml'), root);
  const info = document['info'];
  const version = typeof info === 'object' && info !== null && 'version' in info ? String(info.version) : '0.0.0';
  return { version, document };
}
