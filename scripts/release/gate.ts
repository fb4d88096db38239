/**
 * The release gate's rule: the bump the spec changes require, against the bumps the pending changesets give.
 * A breaking change needs a major changeset for `@zhongyuan/specs` and for `@zhongyuan/sdk` (whose generated
 * surface changes with it); a non-breaking change needs at least a minor changeset for `@zhongyuan/specs`;
 * annotations (descriptions, examples) need none.
 *
 * @module
 */
import { pendingBumps, type Changeset } from './changesets.js';
import { bumpCovers, strongerBump, type Bump } from './semver.js';
import type { SpecChange } from './spec-changes.js';

/** The spec package and the package generated from it. */
export const SPECS_PACKAGE = '@zhongyuan/specs';
export const SDK_PACKAGE = '@zhongyuan/sdk';

/** One exchange compared with its last release. */
export interface ExchangeDiff {
  readonly exchange: string;
  /** The last released version; `undefined` for an exchange never released. */
  readonly released: string | undefined;
  /** `info.version` in the working tree; `undefined` for an exchange removed from it. */
  readonly working: string | undefined;
  readonly changes: readonly SpecChange[];
}

/** A package whose pending changesets do not cover the spec changes. */
export interface GateFinding {
  readonly packageName: string;
  readonly needed: Bump;
  readonly found: Bump;
  /** The changeset files that release the package (maybe with too weak a bump). */
  readonly files: readonly string[];
  /** The changes that need the bump. */
  readonly changes: readonly SpecChange[];
}

/** The gate's verdict. */
export interface GateResult {
  readonly ok: boolean;
  /** Package → the bump the spec changes require. */
  readonly required: ReadonlyMap<string, Bump>;
  readonly findings: readonly GateFinding[];
}

/** The bump a set of changes requires of the spec package. */
export function requiredBump(changes: readonly SpecChange[]): Bump {
  let bump: Bump = 'none';
  for (const c of changes) bump = strongerBump(bump, c.kind === 'breaking' ? 'major' : c.kind === 'non-breaking' ? 'minor' : 'none');
  return bump;
}

/** Evaluates the gate for the changes of every exchange and the pending changesets. */
export function evaluateGate(diffs: readonly ExchangeDiff[], changesets: readonly Changeset[]): GateResult {
  const changes = diffs.flatMap((d) => d.changes);
  const specBump = requiredBump(changes);
  const required = new Map<string, Bump>([[SPECS_PACKAGE, specBump]]);
  if (specBump === 'major') required.set(SDK_PACKAGE, 'major');
  const pending = pendingBumps(changesets);
  const findings: GateFinding[] = [];
  for (const [packageName, needed] of required) {
    if (needed === 'none') continue;
    const found = pending.get(packageName) ?? { bump: 'none' as Bump, files: [] };
    if (bumpCovers(found.bump, needed)) continue;
    const offending = changes.filter((c) => (needed === 'major' ? c.kind === 'breaking' : c.kind !== 'annotation'));
    findings.push({ packageName, needed, found: found.bump, files: found.files, changes: offending });
  }
  return { ok: findings.length === 0, required, findings };
}
