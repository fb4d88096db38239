#!/usr/bin/env node
/**
 * `pnpm release:check [--no-contracts]`: fails when a spec change since the last release has no changeset of
 * the bump it requires, when the recorded versions disagree, or when the generated contracts are stale.
 *
 * @module
 */
import { resolve } from 'node:path';
import { runReleaseCheck } from './release-check.js';

const root = resolve(process.env['ZY_REPO_ROOT'] ?? process.cwd());
const result = runReleaseCheck({ root, contracts: !process.argv.includes('--no-contracts') });
(result.ok ? console.log : console.error)(result.report);
process.exitCode = result.ok ? 0 : 1;
