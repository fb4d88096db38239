#!/usr/bin/env node
/**
 * `pnpm release:record [--bump]`: records the working tree's spec of each exchange as a release snapshot
 * (`specs/releases/<exchange>/<info.version>.json`) and its version in `specs/package.json` ("exchanges").
 * Run it when releasing, after `pnpm changeset version`.
 *
 * With `--bump`, an exchange whose spec changed since its last release first gets `info.version` raised by the
 * bump its changes require (major for breaking, minor for non-breaking, patch for annotations only); run
 * `pnpm generate` afterwards so the SDK sends the new version.
 *
 * A version already recorded is never overwritten: recording different content under it fails.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requiredBump } from './gate.js';
import { lastRelease, RELEASES_DIR, workingExchanges, workingSpec } from './releases.js';
import { bumpVersion, compareVersions } from './semver.js';
import { diffSpecs } from './spec-changes.js';

const root = resolve(process.env['ZY_REPO_ROOT'] ?? process.cwd());
const bump = process.argv.includes('--bump');
const snapshotText = (document: unknown): string => `${JSON.stringify(document, null, 1)}\n`;

function setInfoVersion(exchange: string, version: string): void {
  const file = join(root, 'specs', exchange, 'openapi.yaml');
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/^(info:\r?\n(?:[ \t]+.*\r?\n|\r?\n)*?[ \t]+version:[ \t]*)['"]?[^\s'"#]+['"]?/m, `$1${version}`);
  if (next === text) throw new Error(`${file}: could not find info.version`);
  writeFileSync(file, next);
}

const manifestFile = join(root, 'specs/package.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exchanges?: Record<string, string> };
const versions: Record<string, string> = {};
let failed = false;
for (const exchange of workingExchanges(root)) {
  let working = workingSpec(root, exchange);
  const released = lastRelease(root, exchange);
  if (bump && released !== undefined && compareVersions(working.version, released.version) === 0) {
    const changes = diffSpecs(exchange, released.document, working.document);
    const needed = changes.length === 0 ? 'none' : requiredBump(changes) === 'none' ? 'patch' : requiredBump(changes);
    if (needed !== 'none') {
      setInfoVersion(exchange, bumpVersion(working.version, needed));
      working = workingSpec(root, exchange);
      console.log(`${exchange}: info.version ${released.version} → ${working.version} (${needed})`);
    }
  }
  const file = join(root, RELEASES_DIR, exchange, `${working.version}.json`);
  const text = snapshotText(working.document);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${exchange}: ${working.version} is already released with different content; raise info.version (or use --bump)`);
      failed = true;
    } else {
      console.log(`${exchange}: ${working.version} already recorded`);
    }
  } else {
    mkdirSync(join(root, RELEASES_DIR, exchange), { recursive: true });
    writeFileSync(file, text);
    console.log(`${exchange}: recorded ${RELEASES_DIR}/${exchange}/${working.version}.json`);
  }
  versions[exchange] = working.version;
}
manifest.exchanges = versions;
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
