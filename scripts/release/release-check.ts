/**
 * `pnpm release:check` as a function: compares every exchange with its last release, checks the pending
 * changesets against the changes, the recorded versions against `info.version`, and (optionally) that the
 * generated contracts are up to date. Returns the verdict and a report that names each offending change and
 * the bump it requires.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChangesets } from './changesets.js';
import { evaluateGate, type ExchangeDiff, type GateResult } from './gate.js';
import { lastRelease, releasedExchanges, workingExchanges, workingSpec } from './releases.js';
import { compareVersions } from './semver.js';
import { diffSpecs, type SpecChange } from './spec-changes.js';

/** Options of {@link runReleaseCheck}. */
export interface ReleaseCheckOptions {
  /** The repository root. */
  readonly root: string;
  /** Also run `pnpm generate --check` (the generated contracts match the specs). @default true */
  readonly contracts?: boolean;
}

/** The outcome of {@link runReleaseCheck}. */
export interface ReleaseCheckResult {
  readonly ok: boolean;
  readonly diffs: readonly ExchangeDiff[];
  readonly gate: GateResult;
  /** Problems besides missing bumps: version bookkeeping, stale contracts. */
  readonly problems: readonly string[];
  /** A report for a person, one line per change. */
  readonly report: string;
}

/** Compares every exchange of the working tree (and every released one) with its last release. */
export function diffExchanges(root: string): ExchangeDiff[] {
  const names = [...new Set([...workingExchanges(root), ...releasedExchanges(root)])].sort();
  return names.map((exchange): ExchangeDiff => {
    const released = lastRelease(root, exchange);
    const inTree = existsSync(join(root, 'specs', exchange, 'openapi.yaml'));
    const working = inTree ? workingSpec(root, exchange) : undefined;
    if (released === undefined) {
      const change: SpecChange = {
        exchange,
        kind: 'non-breaking',
        action: 'add',
        pointer: '',
        reason: `new exchange \`${exchange}\`, never released`,
        operationId: undefined,
        location: 'document',
        field: undefined,
      };
      return { exchange, released: undefined, working: working?.version, changes: [change] };
    }
    if (working === undefined) {
      const change: SpecChange = {
        exchange,
        kind: 'breaking',
        action: 'remove',
        pointer: '',
        reason: `exchange \`${exchange}\` removed (last released as ${released.version})`,
        operationId: undefined,
        location: 'document',
        field: undefined,
      };
      return { exchange, released: released.version, working: undefined, changes: [change] };
    }
    return { exchange, released: released.version, working: working.version, changes: diffSpecs(exchange, released.document, working.document) };
  });
}

function versionProblems(root: string, diffs: readonly ExchangeDiff[]): string[] {
  const problems: string[] = [];
  const manifestFile = join(root, 'specs/package.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { exchanges?: Record<string, string> }) : {};
  for (const d of diffs) {
    if (d.working === undefined) continue;
    const recorded = manifest.exchanges?.[d.exchange];
    if (d.released !== undefined && recorded !== d.released) {
      problems.push(`${d.exchange}: specs/package.json "exchanges" says ${recorded ?? 'nothing'}, the last release is ${d.released}; run \`pnpm release:record\``);
    }
    if (d.released !== undefined && compareVersions(d.working, d.released) < 0) {
      problems.push(`${d.exchange}: info.version ${d.working} is lower than the released ${d.released}`);
    }
    if (d.released !== undefined && compareVersions(d.working, d.released) > 0) {
      problems.push(`${d.exchange}: info.version ${d.working} has no recorded release (last is ${d.released}); run \`pnpm release:record\` after versioning`);
    }
  }
  return problems;
}

function contractProblems(root: string): string[] {
  const cli = join(root, 'packages/codegen/src/cli.ts');
  const tsx = join(root, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, [cli, 'generate', '--check'], { cwd: root, encoding: 'utf8', env: { ...process.env, ZY_REPO_ROOT: root } });
  if (r.status === 0) return [];
  return [`generated contracts are stale (\`pnpm generate --check\`); run \`pnpm generate\`:\n${`${r.stderr}`.trim().replace(/^/gm, '    ')}`];
}

const BUMP_FOR: Readonly<Record<SpecChange['kind'], string>> = { breaking: 'major', 'non-breaking': 'minor', annotation: 'none' };

function formatChange(c: SpecChange): string {
  return `  ${c.kind.padEnd(12)} ${c.pointer || '(whole document)'}\n               ${c.reason} — requires ${BUMP_FOR[c.kind]}`;
}

function formatReport(diffs: readonly ExchangeDiff[], gate: GateResult, problems: readonly string[]): string {
  const lines: string[] = ['release:check — spec changes since the last release'];
  for (const d of diffs) {
    const counts = (['breaking', 'non-breaking', 'annotation'] as const).map((k) => `${d.changes.filter((c) => c.kind === k).length} ${k}`);
    lines.push('', `${d.exchange} (released ${d.released ?? 'never'} → working tree ${d.working ?? 'removed'}): ${counts.join(', ')}`);
    for (const c of d.changes) if (c.kind !== 'annotation') lines.push(formatChange(c));
    const annotations = d.changes.filter((c) => c.kind === 'annotation').length;
    if (annotations > 0) lines.push(`  (${annotations} annotation change${annotations === 1 ? '' : 's'}: documentation only, no release needed)`);
  }
  lines.push('');
  for (const [pkg, bump] of gate.required) lines.push(`required: ${pkg} ${bump}`);
  let listed: readonly SpecChange[] | undefined;
  for (const f of gate.findings) {
    const have = f.found === 'none' ? 'no changeset releases it' : `the changesets give only ${f.found} (${f.files.join(', ')})`;
    const same = listed !== undefined && listed.length === f.changes.length && listed.every((c, i) => c === f.changes[i]);
    lines.push('', `✗ ${f.packageName} needs a ${f.needed} changeset: ${have}. Offending changes${same ? ': the same as above.' : ':'}`);
    if (!same) for (const c of f.changes) lines.push(`  - ${c.exchange} ${c.pointer || '(whole document)'}: ${c.reason} — requires ${BUMP_FOR[c.kind]}`);
    listed = f.changes;
    lines.push(`  Add one with \`pnpm changeset\` (or \`pnpm release:notes --write\`), choosing ${f.needed} for ${f.packageName}.`);
  }
  for (const p of problems) lines.push('', `✗ ${p}`);
  const ok = gate.ok && problems.length === 0;
  lines.push('', ok ? '✓ release:check passed' : '✗ release:check failed');
  return lines.join('\n');
}

/** Runs the whole release check. */
export function runReleaseCheck(options: ReleaseCheckOptions): ReleaseCheckResult {
  const { root } = options;
  const diffs = diffExchanges(root);
  const gate = evaluateGate(diffs, readChangesets(join(root, '.changeset')));
  const problems = [...versionProblems(root, diffs), ...(options.contracts === false ? [] : contractProblems(root))];
  const ok = gate.ok && problems.length === 0;
  return { ok, diffs, gate, problems, report: formatReport(diffs, gate, problems) };
}
