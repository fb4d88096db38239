/**
 * The little semver the release gate needs: bump levels, comparing `x.y.z` versions, bumping one.
 *
 * @module
 */

/** A changeset bump, from the weakest. `none` means no release is needed. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** Whether `a` is at least as strong a bump as `b`. */
export function bumpCovers(a: Bump, b: Bump): boolean {
  return ORDER.indexOf(a) >= ORDER.indexOf(b);
}

/** The stronger of two bumps. */
export function strongerBump(a: Bump, b: Bump): Bump {
  return bumpCovers(a, b) ? a : b;
}

/** Whether `value` is a bump name. */
export function isBump(value: unknown): value is Bump {
  return typeof value === 'string' && (ORDER as readonly string[]).includes(value);
}

function parts(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (m === null) throw new RangeError(`not a semver version: ${version}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b` (pre-release tags ignored). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** `version` bumped by `bump` (`none` leaves it). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parts(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}
