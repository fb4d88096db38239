#!/usr/bin/env node
/**
 * `pnpm release:notes [--write]`: release notes of the spec changes since the last release, grouped by
 * exchange. With `--write`, each changed exchange gets a changeset (`.changeset/spec-<exchange>.md`) with the
 * bumps its changes require and the notes as its summary, so the changelog says what a city must do.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requiredBump, SDK_PACKAGE, SPECS_PACKAGE } from './gate.js';
import { diffExchanges } from './release-check.js';
import { exchangeNotes, releaseNotes } from './release-notes.js';

const root = resolve(process.env['ZY_REPO_ROOT'] ?? process.cwd());
const diffs = diffExchanges(root);
console.log(releaseNotes(diffs));
if (process.argv.includes('--write')) {
  for (const diff of diffs) {
    const notes = exchangeNotes(diff);
    const bump = requiredBump(diff.changes);
    if (notes === undefined || bump === 'none') continue;
    const releases = [`"${SPECS_PACKAGE}": ${bump}`, ...(bump === 'major' ? [`"${SDK_PACKAGE}": major`] : [`"${SDK_PACKAGE}": ${bump}`])];
    const file = join(root, '.changeset', `spec-${diff.exchange}.md`);
    writeFileSync(file, `---\n${releases.join('\n')}\n---\n\n${notes}\n`);
    console.log(`\nwrote .changeset/spec-${diff.exchange}.md (${bump})`);
  }
}
