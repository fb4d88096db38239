// A throw-away repository with one released exchange spec, for the release-gate tests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { workingSpec } from '../../scripts/release/releases.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/release-gate/openapi.yaml');

/** A JSON object of the spec, loosely typed for editing. */
export type Doc = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

/** A repository whose `settlement` exchange was released as 1.0.0 from the fixture spec. */
export interface GateRepo {
  readonly root: string;
  /** Changes the working tree's spec. */
  editSpec(edit: (doc: Doc) => void): void;
  /** Adds a pending changeset. */
  changeset(name: string, releases: Readonly<Record<string, 'patch' | 'minor' | 'major'>>, summary?: string): void;
  remove(): void;
}

/** Creates a repository whose last release is the fixture spec (snapshot and recorded version). */
export function releasedRepo(): GateRepo {
  const root = mkdtempSync(join(tmpdir(), 'zy-gate-'));
  const specFile = join(root, 'specs/settlement/openapi.yaml');
  mkdirSync(dirname(specFile), { recursive: true });
  cpSync(fixture, specFile);
  const { version, document } = workingSpec(root, 'settlement');
  mkdirSync(join(root, 'specs/releases/settlement'), { recursive: true });
  writeFileSync(join(root, `specs/releases/settlement/${version}.json`), JSON.stringify(document));
  writeFileSync(join(root, 'specs/package.json'), JSON.stringify({ name: '@zhongyuan/specs', version: '1.0.0', exchanges: { settlement: version } }));
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset/README.md'), 'Not a changeset.\n');
  return {
    root,
    editSpec(edit) {
      const doc = parse(readFileSync(specFile, 'utf8')) as Doc;
      edit(doc);
      writeFileSync(specFile, stringify(doc));
    },
    changeset(name, releases, summary = 'Spec change.') {
      const front = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
      writeFileSync(join(root, '.changeset', `${name}.md`), `---\n${front.join('\n')}\n---\n\n${summary}\n`);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The component schemas of a spec, for edits. */
export function schemas(doc: Doc): Record<string, { required: string[]; properties: Record<string, unknown> }> {
  return doc['components']?.['schemas'] as unknown as Record<string, { required: string[]; properties: Record<string, unknown> }>;
}
